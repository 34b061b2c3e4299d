// A worker thread that turns SVG into PNG with resvg (lib/images/rasterise.ts runs a small pool of these), so
// neither the render (100-150 ms for 2400×1350) nor the PNG encoding (45-90 ms) runs on the server's event
// loop. CommonJS, loaded by path at run time: Next does not bundle it. Messages: { id, svg, options } in,
// { id, png } or { id, error } out.
const { parentPort } = require('node:worker_threads');
const { Resvg } = require('@resvg/resvg-js');

parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
