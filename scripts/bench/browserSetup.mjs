// The Chromium the bench measures in. There is no GPU here: WebGL runs on SwiftShader (a CPU emulation of one).
//
// The end-to-end tests' switches (`--use-angle=swiftshader`) make Chromium take SwiftShader for a hardware GPU,
// so it also rasterises the page's text and boxes through it: on this machine a sidebar's raster then costs
// emulated-GPU time on the same two cores that compile the map's shaders, a price no visitor's browser pays (a
// real GPU rasterises it in a few milliseconds; a browser without one rasterises on the CPU). Chromium's own
// choice on this machine, without the switch, is raster on the CPU — and also compositing on the CPU, which
// copies every WebGL frame back out of SwiftShader (clicks on the stress map then took 250 ms). The measured
// set-up takes the raster from Chromium's own choice and keeps the compositing of the tests' set-up.
// The first-idle ratio is also measured with the tests' switches, as a reference (earlier sessions' figures).

const COMMON = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** WebGL and compositing on SwiftShader as a GPU (as in the tests); the page rasterised on the CPU. */
export const MEASURED_ARGS = [...COMMON, '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-rasterization'];

/** The end-to-end tests' set-up: WebGL, compositing and the page's raster all on SwiftShader as a GPU. */
export const TESTS_ARGS = [...COMMON, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export const SETUP_NAMES = {
  measured: 'WebGL and compositing on SwiftShader, raster on the CPU',
  tests: 'the tests’ switches: raster on SwiftShader too',
};
