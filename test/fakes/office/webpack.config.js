// Bundles the Office.js fake into one script that replaces the CDN office.js in browser tests.
const path = require('path');

module.exports = (env = {}) => ({
  mode: 'production',
  target: 'web',
  entry: path.resolve(__dirname, 'browser.ts'),
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, '../../../node_modules/.cache/perfscore-fake'),
    filename: 'office-fake.js',
    clean: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { transpileOnly: true, configFile: path.resolve(__dirname, '../../../tsconfig.json') },
        exclude: /node_modules/,
      },
    ],
  },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
});
