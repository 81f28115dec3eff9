import base from './stryker.config.mjs';
export default { ...base, incremental: false, reporters: ['json', 'clear-text'], jsonReporter: { fileName: 'reports/probe/punct.json' }, tempDirName: '.stryker-tmp' };
