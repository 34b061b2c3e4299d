/**
 * The registry's groups in words. A module of its own beside parameters.ts: the methodology pages read it,
 * and the dashboard's first load, which loads the registry, does not carry these sentences.
 */
import type { ParameterGroup } from './parameters';

/** What each group holds, in a sentence (the methodology's parameter pages lead with it); typed by GROUPS, so a new group cannot lack one. */
export const GROUP_DESCRIPTIONS: Readonly<Record<ParameterGroup, string>> = {
  Market: 'How much AI compute the world buys in 2025, how fast it grows, how much of it is inference, and inference’s margin over training.',
  'Model shares': 'Each model family’s share of AI compute, by year.',
  Hosting: 'Where each model family’s compute runs: its weight on Azure, AWS, Google Cloud and other providers, by year.',
  'Own use': 'How much of each family’s compute on a cloud is the cloud owner’s own use rather than a customer’s bill.',
  Strategies: 'Each cloud’s strategy (model-agnostic, horizontal or vertical), each strategy’s margin, premium and utilisation, and what regulation adds.',
  'Custom silicon': 'How much of each cloud’s AI compute runs on its own chips, and what they save against NVIDIA.',
  Finance:
    'Each family’s revenue per dollar of compute and model margin, Microsoft’s revenue share from OpenAI, the clouds’ stakes in the labs and whose books take their profit, and the discount rate.',
  Commitments:
    'The compute contracts labs signed with clouds (from the facts ledger), how much of them is taken, Microsoft’s neocloud leases, and end customers’ share of the labs’ bills.',
};
