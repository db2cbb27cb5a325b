'use strict';
/**
 * manifest.xml for a real server: every https://localhost:3000 address replaced by the add-in's
 * address (`npm run build -- --env address=https://host/path`). Office accepts only HTTPS for an
 * add-in's pages; AppDomain takes the origin alone.
 */
const DEV = 'https://localhost:3000';

function withAddress(manifestXml, address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`加载项地址无效：${address}`);
  }
  if (url.protocol !== 'https:') throw new Error(`加载项地址必须是 https://：${address}`);
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') throw new Error(`生产构建的地址不能是本机：${address}`);
  const base = url.href.replace(/\/+$/, '');
  return manifestXml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${url.origin}</AppDomain>`)
    .split(DEV)
    .join(base);
}

module.exports = { withAddress, DEV };
