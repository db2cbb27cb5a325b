'use strict';
/**
 * The deployment files of the WPS add-in, as Kingsoft's tool `wpsjs` (2.2.3) makes and reads them:
 * - package.json in the add-in folder: `name`, `version` and `addonType` ("et": 表格), what `wpsjs
 *   debug/build/publish` read (src/lib/util.js projectCfg; create.js writes the three fields);
 * - online: a `<jspluginonline name type url>` entry whose url is the folder holding index.html and
 *   ribbon.xml, ending in "/" (publish.js refuses another);
 * - offline: the folder `<name>_<version>` (what `wpsjs build` packs into `<name>.7z` and what WPS
 *   unpacks into its jsaddons folder), listed by a `<jsplugin name type url version>` entry: url the
 *   folder's name beside publish.xml in jsaddons (build.js CreatePublishXml), or the .7z's address.
 * Pure: the webpack build writes what this returns.
 */

const NAME = /^[A-Za-z0-9_]+$/;
const ADDON_TYPE = 'et';

function xmlAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The server folder as WPS wants it: an http(s) address ending in "/". */
function serverFolder(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`WPS 加载项的服务器地址无效：${address}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`WPS 加载项的服务器地址应以 http:// 或 https:// 开头：${address}`);
  if (url.search || url.hash) throw new Error(`WPS 加载项的服务器地址不能带查询或锚点：${address}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function jsplugins(entries) {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<jsplugins>', ...entries.map((e) => `  ${e}`), '</jsplugins>', ''].join('\n');
}

/** package.json of the add-in folder. */
function addonPackageJson({ name, version, description }) {
  if (!NAME.test(name)) throw new Error(`WPS 加载项名只能是字母、数字和下划线：${name}`);
  return `${JSON.stringify({ name, addonType: ADDON_TYPE, version, description }, null, 2)}\n`;
}

/** The offline package's folder name: `<name>_<version>`. */
function offlineFolder({ name, version }) {
  return `${name}_${version}`;
}

/**
 * The files of dist/wps-deploy/ other than the offline folder itself: path → text. Entries that need
 * the server's address are written only when one is given.
 */
function deploymentFiles({ name, version, address }) {
  const folder = offlineFolder({ name, version });
  const files = {
    // beside the folder in jsaddons: what wpsjs's own offline installer (build --exe) writes
    'offline/publish.xml': jsplugins([`<jsplugin name="${xmlAttr(name)}" type="${ADDON_TYPE}" url="${xmlAttr(folder)}" version="${xmlAttr(version)}"/>`]),
  };
  if (address) {
    const base = serverFolder(address);
    const online = `<jspluginonline name="${xmlAttr(name)}" type="${ADDON_TYPE}" url="${xmlAttr(base)}"/>`;
    files['online/publish.xml'] = jsplugins([online]);
    files['online/jsplugins.xml'] = jsplugins([online]);
    files['offline/jsplugins.xml'] = jsplugins([`<jsplugin name="${xmlAttr(name)}" type="${ADDON_TYPE}" url="${xmlAttr(`${base}${name}.7z`)}" version="${xmlAttr(version)}"/>`]);
  }
  files['README.txt'] = readme({ name, version, folder, address: address ? serverFolder(address) : null });
  return files;
}

function readme({ name, version, folder, address }) {
  return [
    `绩效评分助手 WPS 加载项 ${version}：部署文件（详见 docs/wps.md）`,
    '',
    `offline/${folder}/  加载项文件夹（index.html、ribbon.xml、main.js…）`,
    `  离线包：在 offline/ 中运行 7z a ${name}.7z ${folder}（包内是这个文件夹），`,
    `  或把文件夹与 offline/publish.xml 直接复制到每台电脑的 jsaddons 文件夹：`,
    '    Windows  %APPDATA%\\kingsoft\\wps\\jsaddons\\',
    '    Linux（统信 UOS、麒麟）  ~/.local/share/Kingsoft/wps/jsaddons/',
    address
      ? `online/  在线部署：把 ${folder}/ 中的文件放到 ${address}，再把 online/publish.xml（或 oem.ini 的 JSPluginsServer 指向 online/jsplugins.xml）发给用户`
      : 'online/  构建时未给服务器地址（npm run build:wps -- --env address=http://服务器/perfscore/），没有在线部署文件',
    '',
  ].join('\n');
}

module.exports = { addonPackageJson, deploymentFiles, offlineFolder, serverFolder, ADDON_TYPE };
