'use strict';
// Preloaded into the real `ddp-login` command line (node --require this-file ddp-login …) so that
// it can be benchmarked like `liftoff login --password-stdin`: its prompts go through the `read`
// package, which cannot take two answers from a pipe (the first prompt swallows all of stdin and
// the second waits for ever). This answers the prompts, in order, with the lines of stdin; the
// rest of ddp-login (yargs, ddp, the digest login, printing the token) runs unchanged.
const fs = require('node:fs');
const path = require('node:path');

const answers = fs.readFileSync(0, 'utf8').split('\n');
const ddpLogin = path.dirname(require.resolve('ddp-login/package.json', {
    paths: [path.join(__dirname, '..', 'interop')],
}));
const readPath = require.resolve('read', { paths: [ddpLogin] });
require(readPath);
require.cache[readPath].exports = (options, callback) => {
    process.nextTick(callback, null, answers.shift() ?? '', false);
};
