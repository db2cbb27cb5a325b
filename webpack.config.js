/* Build of the Excel add-in: task pane + PERF.* custom functions in one shared runtime page. */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { localizeMetadata } = require('./scripts/localize-metadata');
const { withAddress } = require('./scripts/manifest-address');

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const ZH_DESCRIPTIONS = path.resolve(__dirname, 'src/functions/descriptions.zh-CN.json');

/**
 * The metadata plugin's loader appends unguarded CustomFunctions.associate calls to functions.ts.
 * register.ts associates the same functions behind a guard (the page must also load where
 * CustomFunctions does not exist, e.g. a browser test), so that loader is taken off again.
 * Then functions.zh-CN.json is emitted from functions.json with the Chinese descriptions.
 */
class PerfFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('PerfFunctionsMetadataPlugin', (compilation) => {
      webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap('PerfFunctionsMetadataPlugin', (loaders) => {
        for (let i = loaders.length - 1; i >= 0; i--) {
          if (loaders[i].loader.includes(`custom-functions-metadata-plugin${path.sep}lib${path.sep}loader`)) loaders.splice(i, 1);
        }
      });
      compilation.hooks.processAssets.tap(
        { name: 'PerfFunctionsMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const metadata = compilation.getAsset('functions.json');
          if (!metadata) return;
          compilation.fileDependencies.add(ZH_DESCRIPTIONS);
          const zh = JSON.parse(fs.readFileSync(ZH_DESCRIPTIONS, 'utf8'));
          try {
            const json = localizeMetadata(metadata.source.source().toString(), zh);
            compilation.emitAsset('functions.zh-CN.json', new webpack.sources.RawSource(json));
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

/** HTTPS for the dev server: the office-addin-dev-certs certificate when one was installed (trusted), else self-signed. */
function devServerHttps() {
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const [key, cert, ca] = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
  if ([key, cert, ca].every((f) => fs.existsSync(f))) return { type: 'https', options: { key, cert, ca } };
  return 'https'; // webpack-dev-server generates a self-signed certificate, no network needed
}

module.exports = (env = {}, argv) => {
  const production = argv.mode !== 'development';
  // the server the add-in is deployed to (`npm run build -- --env address=https://…`); without it the manifest keeps localhost
  const address = typeof env.address === 'string' ? env.address : undefined;
  if (address) withAddress('', address); // a bad address fails before webpack runs
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    target: ['web', 'es2017'],
    entry: {
      functions: './src/functions/register.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // entry names stay fixed: the manifest points at functions.js
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      // dist/wps and dist/wps-deploy are built by webpack.wps.config.js; a plain build must not wipe them
      clean: { keep: /^wps(-deploy)?[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // types are checked by `npm run typecheck`; ES modules here so webpack can tree-shake
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'es2017', sourceMap: true },
            },
          },
        },
        // the example workbook of 打开示例工作簿, inlined as a data URL in the lazy chunk that asks for it
        { test: /\.xlsx$/, type: 'asset/inline' },
        {
          // Fluent UI and its helpers ship ES2018+ syntax (object spread, ?.): lower every package to the
          // ES2017 target; React's own builds are already ES5 and large, so they are skipped
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, checkJs: false, module: 'esnext', target: 'es2017', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // both entries run in the same page: one runtime, so shared modules exist once
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        // the named groups hold only what the page loads at start; a package that only a lazy view
        // uses (the 审核 view's radios and message bars) stays in a chunk loaded with that view
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'initial', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: 'fluent', chunks: 'initial', priority: 10 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 0 },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 600 * 1024, // raw bytes; the gzip budget is checked by bench/bundleSize.ts
      maxAssetSize: 600 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new PerfFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // the functions bundle first: Excel may call a function as soon as the runtime loads
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (address ? withAddress(content.toString(), address) : content) },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: false },
      onListening(devServer) {
        const url = `https://localhost:${devServer.options.port}`;
        process.stdout.write(
          [
            '',
            `绩效评分助手 PerfScore is served at ${url}/taskpane.html`,
            '旁加载 / Sideload: Excel → 插入 → 加载项 → 我的加载项 → 上传我的加载项 → manifest.xml',
            '  (Excel on the web: Insert → Add-ins → Upload My Add-in; Windows: a shared-folder catalog;',
            '   Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef)',
            '  The certificate is self-signed unless office-addin-dev-certs is installed: open',
            `  ${url}/taskpane.html once in a browser and trust it.`,
            '',
          ].join('\n'),
        );
      },
    },
  };
};
