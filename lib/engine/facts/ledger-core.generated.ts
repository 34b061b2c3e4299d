// Generated from ledger.ts by `npm run ledger:core` (lib/engine/facts/core.ts says why). Do not edit.
import type { FactCore } from './core';

export const LEDGER_CORE: readonly FactCore[] = [
  {
    "id": "msft-ai-business-runrate-q3fy26",
    "label": "Microsoft: \"AI business\" annual revenue run-rate, Quarter to 31 Mar 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "cloud.azure.revenue",
      "years": [
        2025
      ],
      "kind": "atMost",
      "tolerance": 0.1,
      "relative": true
    },
    "value": 37
  },
  {
    "id": "aws-revenue-2025",
    "label": "AWS: AWS segment revenue, year, 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "cloud.aws.revenue",
      "years": [
        2025
      ],
      "kind": "atMost",
      "tolerance": 0.05,
      "relative": true,
      "scale": 5
    },
    "value": 128.7
  },
  {
    "id": "aws-ai-runrate-q1-2026",
    "label": "AWS: AWS AI revenue run-rate, Q1 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "cloud.aws.revenue",
      "years": [
        2025
      ],
      "kind": "atMost",
      "tolerance": 0.1,
      "relative": true
    },
    "value": 15
  },
  {
    "id": "gcp-revenue-2025",
    "label": "Google Cloud: Google Cloud segment revenue, year, 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "cloud.gcp.revenue",
      "years": [
        2025
      ],
      "kind": "atMost",
      "tolerance": 0.05,
      "relative": true,
      "scale": 2.5
    },
    "value": 58.7
  },
  {
    "id": "contract-openai-azure-250",
    "label": "OpenAI → Microsoft Azure: Incremental Azure purchase commitment, From Oct 2025 (term not disclosed)",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 250,
    "contract": {
      "family": "openai",
      "cloud": "azure",
      "provider": "Microsoft Azure",
      "totalUsdBn": 250,
      "startYear": 2026,
      "endYear": 2031,
      "publisher": "GeekWire / Microsoft blog (via The Daily Scout, citing blogs.microsoft.com)",
      "reportedOn": "2025-10-28",
      "class": "filing"
    }
  },
  {
    "id": "contract-openai-oracle-300",
    "label": "OpenAI → Oracle (OCI): Cloud compute contract, 2027-2031 (about five years)",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.other",
      "years": [
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 300,
    "contract": {
      "family": "openai",
      "cloud": "other",
      "provider": "Oracle",
      "totalUsdBn": 300,
      "startYear": 2027,
      "endYear": 2031,
      "publisher": "The News (citing WSJ)",
      "reportedOn": "2025-09-10",
      "class": "press"
    }
  },
  {
    "id": "contract-openai-aws-38",
    "label": "OpenAI → AWS: Cloud compute contract, Nov 2025, seven years",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.aws",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 31.7,
    "contract": {
      "family": "openai",
      "cloud": "aws",
      "provider": "Amazon Web Services",
      "totalUsdBn": 38,
      "startYear": 2026,
      "endYear": 2032,
      "publisher": "Particle News",
      "reportedOn": "2025-11-03",
      "class": "filing"
    }
  },
  {
    "id": "contract-openai-aws-100-expansion",
    "label": "OpenAI → AWS: Expanded AWS compute agreement (+$100B over 8 years), Feb 2026, eight years",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.aws",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 71.4,
    "contract": {
      "family": "openai",
      "cloud": "aws",
      "provider": "Amazon Web Services",
      "totalUsdBn": 100,
      "startYear": 2026,
      "endYear": 2033,
      "publisher": "Tom's Hardware",
      "reportedOn": "2026-02-27",
      "class": "filing"
    }
  },
  {
    "id": "contract-openai-coreweave-22",
    "label": "OpenAI → CoreWeave: Cloud compute contracts (three), Mar 2025 - 2029 (five-year terms)",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.other",
      "years": [
        2025,
        2026,
        2027,
        2028,
        2029
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 22.4,
    "contract": {
      "family": "openai",
      "cloud": "other",
      "provider": "CoreWeave",
      "totalUsdBn": 22.4,
      "startYear": 2025,
      "endYear": 2029,
      "publisher": "Reuters (via AnyFans)",
      "reportedOn": "2025-09-25",
      "class": "filing"
    }
  },
  {
    "id": "contract-anthropic-azure-30",
    "label": "Anthropic → Microsoft Azure: Azure compute purchase commitment, From Nov 2025 (term not disclosed)",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.anthropic.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 30,
    "contract": {
      "family": "anthropic",
      "cloud": "azure",
      "provider": "Microsoft Azure",
      "totalUsdBn": 30,
      "startYear": 2026,
      "endYear": 2031,
      "publisher": "Republic World",
      "reportedOn": "2026-01-20",
      "class": "filing"
    }
  },
  {
    "id": "contract-anthropic-aws-100",
    "label": "Anthropic → AWS: AWS compute commitment (>$100B over ten years), Apr 2026, ten years",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.anthropic.aws",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 55.6,
    "contract": {
      "family": "anthropic",
      "cloud": "aws",
      "provider": "Amazon Web Services",
      "totalUsdBn": 100,
      "startYear": 2026,
      "endYear": 2035,
      "publisher": "The Summer AI (quoting Anthropic’s announcement)",
      "reportedOn": "2026-04-20",
      "class": "filing"
    }
  },
  {
    "id": "contract-anthropic-gcp-200",
    "label": "Anthropic → Google Cloud: Google Cloud / TPU commitment (~$200B over five years), 2027-2031",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.anthropic.gcp",
      "years": [
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 200,
    "contract": {
      "family": "anthropic",
      "cloud": "gcp",
      "provider": "Google Cloud",
      "totalUsdBn": 200,
      "startYear": 2027,
      "endYear": 2031,
      "publisher": "GoCodeLab (citing The Information, Engadget, Yahoo Finance)",
      "reportedOn": "2026-05-05",
      "class": "press",
      "secondaryOnly": true
    }
  },
  {
    "id": "contract-anthropic-spacex-colossus",
    "label": "Anthropic → SpaceX (Colossus I and II): Cloud services agreement, $1.25B a month, May/Jun 2026 - May 2029",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.anthropic.other",
      "years": [
        2026,
        2027,
        2028,
        2029
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 45,
    "contract": {
      "family": "anthropic",
      "cloud": "other",
      "provider": "SpaceX (Colossus I and II, ex-xAI)",
      "totalUsdBn": 45,
      "startYear": 2026,
      "endYear": 2029,
      "ramp": [
        8.75,
        15,
        15,
        6.25
      ],
      "publisher": "Top10.dev (quoting the S-1)",
      "reportedOn": "2026-05-20",
      "class": "filing"
    }
  },
  {
    "id": "contract-meta-gcp-10",
    "label": "Meta → Google Cloud: Cloud services contract (>$10B, six years), From Aug 2025, six years",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.meta.gcp",
      "years": [
        2025,
        2026,
        2027,
        2028,
        2029,
        2030
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 10,
    "contract": {
      "family": "meta",
      "cloud": "gcp",
      "provider": "Google Cloud",
      "totalUsdBn": 10,
      "startYear": 2025,
      "endYear": 2030,
      "publisher": "Newsmax (Reuters)",
      "reportedOn": "2025-08-21",
      "class": "press",
      "secondaryOnly": true
    }
  },
  {
    "id": "contract-meta-coreweave-14",
    "label": "Meta → CoreWeave: AI cloud capacity contract, Sep 2025 - Dec 2031",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.meta.other",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 14.2,
    "contract": {
      "family": "meta",
      "cloud": "other",
      "provider": "CoreWeave",
      "totalUsdBn": 14.2,
      "startYear": 2026,
      "endYear": 2031,
      "publisher": "Bisnow",
      "reportedOn": "2025-09-30",
      "class": "filing"
    }
  },
  {
    "id": "contract-meta-coreweave-21",
    "label": "Meta → CoreWeave: Expanded AI cloud capacity contract (~$21B), 2027 - Dec 2032",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.meta.other",
      "years": [
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 16.8,
    "contract": {
      "family": "meta",
      "cloud": "other",
      "provider": "CoreWeave",
      "totalUsdBn": 21,
      "startYear": 2027,
      "endYear": 2032,
      "publisher": "Evermx",
      "reportedOn": "2026-04-09",
      "class": "filing"
    }
  },
  {
    "id": "contract-meta-nebius-27",
    "label": "Meta → Nebius: AI infrastructure agreement (up to $27B, five years), 2027-2031",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.meta.other",
      "years": [
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.55,
      "relative": true
    },
    "value": 27,
    "contract": {
      "family": "meta",
      "cloud": "other",
      "provider": "Nebius",
      "totalUsdBn": 27,
      "startYear": 2027,
      "endYear": 2031,
      "publisher": "Vested Finance community",
      "reportedOn": "2026-03-16",
      "class": "filing"
    }
  },
  {
    "id": "msft-neocloud-leases-total",
    "label": "Microsoft → neoclouds: Total neocloud capacity commitments, Reported Nov 2025 (mostly five-year terms)",
    "unit": "usdBn",
    "compare": {
      "figure": "lease.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 60
  },
  {
    "id": "contract-msft-nebius-17",
    "label": "Microsoft → Nebius: GPU capacity agreement (Vineland, NJ), Late 2025 - 2031",
    "unit": "usdBn",
    "compare": {
      "figure": "lease.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030,
        2031
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 17.4,
    "contract": {
      "family": "other",
      "cloud": "other",
      "provider": "Nebius (lessee: Microsoft)",
      "lessee": "Microsoft",
      "totalUsdBn": 17.4,
      "startYear": 2026,
      "endYear": 2031,
      "publisher": "CTOL Digital (Reuters)",
      "reportedOn": "2025-09-08",
      "class": "filing"
    }
  },
  {
    "id": "contract-msft-nscale-23",
    "label": "Microsoft → Nscale: GPU capacity agreement (~200,000 GB300), From 2026 (mostly five-year terms)",
    "unit": "usdBn",
    "compare": {
      "figure": "lease.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 23,
    "contract": {
      "family": "other",
      "cloud": "other",
      "provider": "Nscale (lessee: Microsoft)",
      "lessee": "Microsoft",
      "totalUsdBn": 23,
      "startYear": 2026,
      "endYear": 2030,
      "publisher": "Cryptews (citing Bloomberg)",
      "reportedOn": "2025-11-04",
      "class": "press",
      "secondaryOnly": true
    }
  },
  {
    "id": "contract-msft-iren-9.7",
    "label": "Microsoft → IREN: GPU cloud services contract, 2026-2030 (five years)",
    "unit": "usdBn",
    "compare": {
      "figure": "lease.azure",
      "years": [
        2026,
        2027,
        2028,
        2029,
        2030
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 9.7,
    "contract": {
      "family": "other",
      "cloud": "other",
      "provider": "IREN (lessee: Microsoft)",
      "lessee": "Microsoft",
      "totalUsdBn": 9.7,
      "startYear": 2026,
      "endYear": 2030,
      "publisher": "Cryptews (citing Bloomberg)",
      "reportedOn": "2025-11-03",
      "class": "filing"
    }
  },
  {
    "id": "contract-msft-lambda",
    "label": "Microsoft → Lambda: GPU capacity agreement (\"multibillion\"), From Nov 2025",
    "unit": "usdBn",
    "compare": null,
    "value": 2,
    "contract": {
      "family": "other",
      "cloud": "other",
      "provider": "Lambda (lessee: Microsoft)",
      "lessee": "Microsoft",
      "totalUsdBn": 2,
      "startYear": 2026,
      "endYear": 2030,
      "publisher": "GetAppNet (CoinCentral, citing Bloomberg)",
      "reportedOn": "2025-11-03",
      "class": "press",
      "secondaryOnly": true
    }
  },
  {
    "id": "contract-msft-coreweave-10",
    "label": "Microsoft → CoreWeave: GPU capacity contracts, 2024-2030 (reported)",
    "unit": "usdBn",
    "compare": null,
    "value": 10,
    "contract": {
      "family": "other",
      "cloud": "other",
      "provider": "CoreWeave (lessee: Microsoft)",
      "lessee": "Microsoft",
      "totalUsdBn": 10,
      "startYear": 2025,
      "endYear": 2029,
      "publisher": "GetAppNet (CoinCentral, citing Bloomberg)",
      "reportedOn": "2025-11-04",
      "class": "press",
      "secondaryOnly": true
    }
  },
  {
    "id": "openai-revenue-2025",
    "label": "OpenAI: Revenue, year, 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.revenue",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 13
  },
  {
    "id": "openai-runrate-early-2026",
    "label": "OpenAI: Annualised revenue run-rate, Feb-Mar 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.revenue",
      "years": [
        2026
      ],
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 25
  },
  {
    "id": "anthropic-revenue-2025",
    "label": "Anthropic: Revenue, year (company projection), 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.anthropic.revenue",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 4.7
  },
  {
    "id": "anthropic-runrate-end-2025",
    "label": "Anthropic: Annualised revenue run-rate, End of 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.anthropic.revenue",
      "years": [
        2025
      ],
      "kind": "atMost",
      "tolerance": 0.1,
      "relative": true
    },
    "value": 9
  },
  {
    "id": "anthropic-runrate-apr-2026",
    "label": "Anthropic: Annualised revenue run-rate, 7 Apr 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "family.anthropic.revenue",
      "years": [
        2026
      ],
      "kind": "atLeast",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 30
  },
  {
    "id": "anthropic-revenue-h1-2026",
    "label": "Anthropic: Revenue, Q1 2026 actual and Q2 2026 expected, H1 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "family.anthropic.revenue",
      "years": [
        2026
      ],
      "kind": "atLeast",
      "tolerance": 0.15,
      "relative": true
    },
    "value": 15.7
  },
  {
    "id": "openai-compute-2026-brockman",
    "label": "OpenAI: Compute spend expected, year, 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.ownBill",
      "years": [
        2026
      ],
      "kind": "target",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 50
  },
  {
    "id": "openai-compute-through-2030",
    "label": "OpenAI: Total compute spend targeted through 2030, 2025-2030",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.ownBill",
      "years": [
        2025,
        2026,
        2027,
        2028,
        2029,
        2030
      ],
      "aggregate": "sum",
      "kind": "target",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 600
  },
  {
    "id": "openai-inference-cost-9m-2025",
    "label": "OpenAI: Inference spend (leaked), first three quarters, Q1-Q3 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.ownBill",
      "years": [
        2025
      ],
      "kind": "atLeast",
      "tolerance": 0.15,
      "relative": true,
      "scale": 0.75
    },
    "value": 8.65
  },
  {
    "id": "msft-openai-revshare-net-9m-2025",
    "label": "Microsoft ← OpenAI: Net revenue-share received (leaked), Q1-Q3 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "cloud.azure.modelIncome",
      "years": [
        2025
      ],
      "kind": "atLeast",
      "tolerance": 0.1,
      "relative": true,
      "scale": 0.75
    },
    "value": 0.866
  },
  {
    "id": "coreweave-revenue-2025",
    "label": "CoreWeave: Revenue, year, 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "neocloud.revenue",
      "years": [
        2025
      ],
      "kind": "atLeast",
      "tolerance": 0.05,
      "relative": true
    },
    "value": 5.13
  },
  {
    "id": "coreweave-guidance-2026",
    "label": "CoreWeave: Revenue guidance, year, 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "neocloud.revenue",
      "years": [
        2026
      ],
      "kind": "atLeast",
      "tolerance": 0.1,
      "relative": true
    },
    "value": 12.5,
    "low": 12,
    "high": 13
  },
  {
    "id": "openai-revenue-projection-2026",
    "label": "OpenAI: Revenue, projected by OpenAI, 2026",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.revenue",
      "years": [
        2026
      ],
      "kind": "target",
      "tolerance": 0.3,
      "relative": true
    },
    "value": 30
  },
  {
    "id": "openai-revenue-projection-2030",
    "label": "OpenAI: Revenue, projected by OpenAI, 2030",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.revenue",
      "years": [
        2030
      ],
      "kind": "target",
      "tolerance": 0.4,
      "relative": true
    },
    "value": 280
  },
  {
    "id": "openai-cloud-bill-2025",
    "label": "OpenAI: Cloud compute spend (its own bill), 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.openai.ownBill",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 16.3
  },
  {
    "id": "anthropic-cloud-bill-2025",
    "label": "Anthropic: Cloud compute spend (its own bill), 2025",
    "unit": "usdBn",
    "compare": {
      "figure": "family.anthropic.ownBill",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.25,
      "relative": true
    },
    "value": 6.8
  },
  {
    "id": "epoch-split-gcp",
    "label": "Google (Alphabet): Share of the three hyperscalers’ owned AI compute (H100e), End of 2025",
    "unit": "fraction",
    "compare": {
      "figure": "split.gcp",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.06
    },
    "value": 0.46
  },
  {
    "id": "epoch-split-azure",
    "label": "Microsoft: Share of the three hyperscalers’ owned AI compute (H100e), End of 2025",
    "unit": "fraction",
    "compare": {
      "figure": "split.azure",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.06
    },
    "value": 0.31
  },
  {
    "id": "epoch-split-aws",
    "label": "Amazon: Share of the three hyperscalers’ owned AI compute (H100e), End of 2025",
    "unit": "fraction",
    "compare": {
      "figure": "split.aws",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.06
    },
    "value": 0.23
  },
  {
    "id": "deloitte-inference-share-2025",
    "label": "World: Inference share of AI compute, 2025",
    "unit": "fraction",
    "compare": {
      "figure": "world.inferenceShare",
      "years": [
        2025
      ],
      "kind": "target",
      "tolerance": 0.05
    },
    "value": 0.5
  },
  {
    "id": "deloitte-inference-share-2026",
    "label": "World: Inference share of AI compute, 2026",
    "unit": "fraction",
    "compare": {
      "figure": "world.inferenceShare",
      "years": [
        2026
      ],
      "kind": "target",
      "tolerance": 0.05
    },
    "value": 0.667
  },
  {
    "id": "contract-openai-cerebras-10",
    "label": "OpenAI → Cerebras: Cloud service agreement (up to 750 MW, >$10B), 2026-2028",
    "unit": "usdBn",
    "compare": {
      "figure": "contract.openai.other",
      "years": [
        2026,
        2027,
        2028
      ],
      "aggregate": "sum",
      "kind": "atLeast",
      "tolerance": 0.2,
      "relative": true
    },
    "value": 10,
    "contract": {
      "family": "openai",
      "cloud": "other",
      "provider": "Cerebras",
      "totalUsdBn": 10,
      "startYear": 2026,
      "endYear": 2028,
      "publisher": "CoinAlertNews",
      "reportedOn": "2026-01-14",
      "class": "filing"
    }
  }
];
