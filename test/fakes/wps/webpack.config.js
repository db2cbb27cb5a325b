// Bundles the WPS fake into one script that a browser test loads before the WPS task pane page.
module.exports = require('../webpackFake')(__dirname, 'wps-fake.js');
