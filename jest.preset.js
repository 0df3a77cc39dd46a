const nxPreset = require('@nx/jest/preset').default;

// A test that is slow because the machine is busy has not failed: every test and hook gets five
// minutes (Jest's default is 5 s). A hang still ends there, or at CI's 90-minute limit.
module.exports = { ...nxPreset, testTimeout: 5 * 60_000 };
