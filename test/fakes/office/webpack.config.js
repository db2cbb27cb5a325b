// Bundles the Office.js fake into one script that replaces the CDN office.js in browser tests.
module.exports = require('../webpackFake')(__dirname, 'office-fake.js');
