// @ts-check
/**
 * Bounds on every request, checked by server.mjs before Next sees it. Next 16 parses a query with a cost
 * quadratic in repeated keys (parseReqUrl calls getAll per entry, and the proxy adapter does it again for
 * pages): 16,000 repeats of one key held a core for 27 s. These checks are linear and answer at once.
 *
 * The figures come from the longest link the dashboard itself writes (lib/http/longest-link.ts, measured
 * with the codec: every assumption changed, a baseline and two added Compare columns, every setting, a 30-slide story whose titles and
 * notes are as long as the codec keeps, in 4-byte characters, each slide with its own baseline, two Compare
 * columns and starting point): 503,407 characters, 275 parameters, one key
 * (`st`) 30 times. A test (request-limits.test.ts) holds the limits above it as parameters are added.
 * Plain JavaScript: server.mjs runs it without a build.
 */

/** The bounds, and why each is what it is. */
export const LIMITS = Object.freeze({
  /**
   * Characters after '?': the longest legitimate link (503,407; each slide carries its own baseline and
   * starting point since issue 20, and its Compare columns since a new-user review) with room for a few more
   * parameters.
   */
  maxQueryLength: 516_096,
  /** key=value pairs: the longest link has 275. */
  maxParams: 320,
  /** Times one key may appear: a story writes `st` once per slide, at most 30. */
  maxRepeats: 32,
  /** Node's limit on the request line and headers together (its default is 16 KiB): the query plus 16 KiB. */
  maxHeaderBytes: 532_480,
});

/** The methods the app answers; anything else (TRACE, POST, PUT, …) is a 405. */
export const ALLOWED_METHODS = Object.freeze(['GET', 'HEAD']);

/**
 * @typedef {{ status: number, message: string, headers?: Record<string, string> }} Refusal
 */

/** @param {string} key */
function decodeKey(key) {
  if (!key.includes('%') && !key.includes('+')) return key;
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * Why a query is refused, or null. Linear in its length; it stops at the first bound passed.
 * @param {string} query the text after '?', without it
 * @param {typeof LIMITS} [limits]
 * @returns {Refusal | null}
 */
export function checkQuery(query, limits = LIMITS) {
  if (query.length > limits.maxQueryLength) {
    return {
      status: 414,
      message: `This address is too long: its query has ${query.length.toLocaleString('en-US')} characters, and the longest link the dashboard writes (a 30-slide story) needs at most ${limits.maxQueryLength.toLocaleString('en-US')}.`,
    };
  }
  /** @type {Map<string, number>} */
  const counts = new Map();
  let params = 0;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      params++;
      if (params > limits.maxParams) {
        return {
          status: 414,
          message: `This address has more than ${limits.maxParams} settings in its query; a link from the dashboard has at most ${limits.maxParams}.`,
        };
      }
      const eq = query.indexOf('=', start);
      const key = decodeKey(query.slice(start, eq === -1 || eq > end ? end : eq));
      const n = (counts.get(key) ?? 0) + 1;
      if (n > limits.maxRepeats) {
        return {
          status: 400,
          message: `This address repeats “${key.slice(0, 40)}” more than ${limits.maxRepeats} times; a link from the dashboard repeats a setting at most ${limits.maxRepeats} times (a story's slides).`,
        };
      }
      counts.set(key, n);
    }
    start = end + 1;
  }
  return null;
}

/**
 * Why a request is refused before the framework sees it, or null to pass it on.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target, e.g. "/api/chart?chart=hosted"
 * @returns {Refusal | null}
 */
export function checkRequest(method, url) {
  if (!method || !ALLOWED_METHODS.includes(method)) {
    return { status: 405, message: `This site answers ${ALLOWED_METHODS.join(' and ')} requests only.`, headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
  const target = url ?? '/';
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  // Next's image optimiser: nothing here uses it, so it is not offered (next.config.js also turns it off).
  if (path === '/_next/image' || path.startsWith('/_next/image/')) {
    return { status: 404, message: 'There is no image optimiser on this site.' };
  }
  return q === -1 ? null : checkQuery(target.slice(q + 1));
}
