/*
 * Build of the WPS add-in into dist/wps/: index.html (the page WPS opens for the add-in) loading main.js
 * (ribbon callbacks and PERF.* registration), the task pane page (bootstrap.js's polyfills, then the
 * shared task pane; no office.js), functions.json in WPS's vocabulary, manifest.xml, ribbon.xml, images
 * and the package.json wpsjs reads. Then dist/wps-deploy/: the offline folder <name>_<version>, its
 * publish.xml, and with `--env address=http(s)://…/` the online publish.xml / jsplugins.xml
 * (scripts/wps-deploy.js). Everything is ES2017 syntax, node_modules included, for the older Chromium
 * some WPS builds embed; newer built-ins come from src/hosts/wps/polyfills.ts.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const { localizeMetadata } = require('./scripts/localize-metadata');
const { wpsFunctionsJson } = require('./scripts/wps-functions');
const { addonPackageJson, deploymentFiles, offlineFolder } = require('./scripts/wps-deploy');
const pkg = require('./package.json');

const OUT = path.resolve(__dirname, 'dist', 'wps');
const DEPLOY = path.resolve(__dirname, 'dist', 'wps-deploy');
/** the add-in's name in WPS: manifest.xml's <Name>, the folder and package names */
const ADDON = { name: 'perfscore', version: pkg.version, description: '绩效评分助手：预算绩效自评评分' };
const FUNCTIONS_SOURCE = path.resolve(__dirname, 'src/functions/functions.ts');
const ZH_DESCRIPTIONS = path.resolve(__dirname, 'src/functions/descriptions.zh-CN.json');

/** functions.json with the Chinese descriptions (WPS reads one metadata file, its users read Chinese), in WPS's vocabulary. */
async function functionsMetadata() {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length) throw new Error(`functions.json 无法生成：\n${result.errors.join('\n')}`);
  return wpsFunctionsJson(localizeMetadata(result.metadataJson, JSON.parse(fs.readFileSync(ZH_DESCRIPTIONS, 'utf8'))));
}

/** After the add-in is written: dist/wps-deploy/ holds a copy of it as the offline folder, and the lists that name it. */
class WpsDeploymentPlugin {
  constructor(address) {
    this.address = address;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('WpsDeploymentPlugin', () => {
      fs.rmSync(DEPLOY, { recursive: true, force: true });
      fs.cpSync(OUT, path.join(DEPLOY, 'offline', offlineFolder(ADDON)), { recursive: true });
      for (const [file, text] of Object.entries(deploymentFiles({ ...ADDON, address: this.address }))) {
        fs.mkdirSync(path.dirname(path.join(DEPLOY, file)), { recursive: true });
        fs.writeFileSync(path.join(DEPLOY, file), text);
      }
    });
  }
}

/** A chunk the task pane page loads at start (main.js stands alone and is never split). */
const startChunk = (chunk) => chunk.name !== 'main' && chunk.canBeInitial();

const tsLoader = (extra = {}) => ({
  loader: 'ts-loader',
  options: {
    // types are checked by `npm run typecheck`; ES modules so webpack can tree-shake
    transpileOnly: true,
    compilerOptions: { module: 'esnext', target: 'es2017', sourceMap: true, ...extra },
  },
});

module.exports = async (env = {}, argv) => {
  const production = argv.mode !== 'development';
  const metadata = await functionsMetadata();
  // the intranet folder the add-in is served from, for the online lists (`--env address=http://…/perfscore/`)
  const address = typeof env.address === 'string' ? env.address : undefined;
  const deployment = new WpsDeploymentPlugin(address);
  deploymentFiles({ ...ADDON, address }); // a bad address fails the build before webpack runs
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
        // the example workbook of 打开示例工作簿, inlined as a data URL in the lazy chunk that asks for it
        { test: /\.xlsx$/, type: 'asset/inline' },
        // dependencies ship newer syntax (?. ?? class fields); brought down to ES2017 like our code
        { test: /\.m?js$/, include: /node_modules/, use: [tsLoader({ allowJs: true, sourceMap: false })] },
      ],
    },
    optimization: {
      // main.js must stand alone (WPS's page loads only it); the task pane page may share chunks
      runtimeChunk: false,
      splitChunks: {
        chunks: (chunk) => chunk.name !== 'main',
        // as in the Excel build: the named groups hold only what the page loads at start (never main.js's
        // own modules); a package only a lazy part uses (JSZip and pako, docx, the 审核 view's
        // Fluent extras) stays in a chunk loaded with that part, not in the start bundle
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: startChunk, priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: 'fluent', chunks: startChunk, priority: 10 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: startChunk, priority: 0 },
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
              compilation.emitAsset('package.json', new webpack.sources.RawSource(addonPackageJson(ADDON)));
            });
          });
        },
      },
      // the page WPS opens: main.js only, blocking in <head>, so the callbacks exist before ribbon.xml is read
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './wps/index.html',
        chunks: ['main'],
        inject: 'head',
        scriptLoading: 'blocking',
      }),
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
      deployment,
    ],
  };
};
