// One webpack setup for the strict host fakes: each bundles its browser entry into one plain script
// that a browser test loads in place of (Office.js) or before (WPS) the task pane page.
const path = require('path');

module.exports = function fakeBundle(dir, filename) {
  return (env = {}) => ({
    mode: 'production',
    target: 'web',
    entry: path.resolve(dir, 'browser.ts'),
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, '../../.cache/perfscore-fake'),
      filename,
      clean: false,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.resolve(__dirname, '../../tsconfig.json') },
          exclude: /node_modules/,
        },
      ],
    },
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  });
};
