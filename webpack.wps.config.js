/*
 * Build of the WPS add-in into dist/wps/: main.js (ribbon callbacks and PERF.* registration, loaded
 * by the page WPS opens for the add-in), the task pane page (bootstrap.js's polyfills, then the shared
 * task pane; no office.js), functions.json, manifest.xml, ribbon.xml and images. Everything is ES2017 syntax,
 * node_modules included, for the older Chromium some WPS builds embed; newer built-ins come from
 * src/hosts/wps/polyfills.ts.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const { localizeMetadata } = require('./scripts/localize-metadata');

const OUT = path.resolve(__dirname, 'dist', 'wps');
const FUNCTIONS_SOURCE = path.resolve(__dirname, 'src/functions/functions.ts');
const ZH_DESCRIPTIONS = path.resolve(__dirname, 'src/functions/descriptions.zh-CN.json');

/** functions.json with the Chinese descriptions: WPS reads one metadata file, and its users read Chinese. */
async function functionsMetadata() {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length) throw new Error(`functions.json 无法生成：\n${result.errors.join('\n')}`);
  return localizeMetadata(result.metadataJson, JSON.parse(fs.readFileSync(ZH_DESCRIPTIONS, 'utf8')));
}

const tsLoader = (extra = {}) => ({
  loader: 'ts-loader',
  options: {
    // types are checked by `npm run typecheck`; ES modules so webpack can tree-shake
    transpileOnly: true,
    compilerOptions: { module: 'esnext', target: 'es2017', sourceMap: true, ...extra },
  },
});

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const metadata = await functionsMetadata();
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    target: ['web', 'es2017'],
    entry: {
      main: './wps/entry.ts',
      bootstrap: './src/hosts/wps/bootstrap.ts',
      // the shared task pane entry: it finds WPS through createPort once bootstrap.js has run
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: OUT,
      // fixed names: WPS loads main.js by name
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: [tsLoader()] },
        // dependencies ship newer syntax (?. ?? class fields); brought down to ES2017 like our code
        { test: /\.m?js$/, include: /node_modules/, use: [tsLoader({ allowJs: true, sourceMap: false })] },
      ],
    },
    optimization: {
      // main.js must stand alone (WPS's page loads only it); the task pane page may share chunks
      runtimeChunk: false,
      splitChunks: {
        chunks: (chunk) => chunk.name !== 'main',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: 'fluent', priority: 10 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', priority: 0 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __PERF_FUNCTIONS_METADATA__: metadata }),
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('PerfWpsFunctionsJson', (compilation) => {
            compilation.fileDependencies.add(ZH_DESCRIPTIONS);
            compilation.hooks.processAssets.tap({ name: 'PerfWpsFunctionsJson', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
              compilation.emitAsset('functions.json', new webpack.sources.RawSource(metadata));
            });
          });
        },
      },
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './wps/taskpane.html',
        chunks: ['bootstrap', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/manifest.xml', to: 'manifest.xml' },
          { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-32.png', to: 'images/perfscore-32.png' },
          { from: 'assets/icon-16.png', to: 'images/perfscore-16.png' },
        ],
      }),
    ],
  };
};
