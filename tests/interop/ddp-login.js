'use strict';
// ddp + ddp-login (npm) against liftoff-devserver: ddp-login's username method (it sends the
// SHA-256 digest), then its token method on a new connection, and a wrong password. The ddp
// client itself negotiates with the full ["1","pre2","pre1"] list.
// Exits 0 only when all of it worked.   Usage: node ddp-login.js http://127.0.0.1:<port>
const assert = require('node:assert/strict');
const DDPClient = require('ddp');
const login = require('ddp-login');

const port = Number(new URL(process.argv[2]).port);
const clients = [];

function open() {
    const client = new DDPClient({ host: '127.0.0.1', port, autoReconnect: false, maintainCollections: true });
    clients.push(client);
    return new Promise((resolve, reject) => {
        client.connect((error, wasReconnect) => (error ? reject(error) : resolve(client)));
    });
}

function ddpLogin(client, options) {
    return new Promise((resolve, reject) => {
        // `env` names a variable that is never set, so ddp-login does not try a token from it.
        login(client, { env: 'LIFTOFF_INTEROP_NO_TOKEN', retry: 1, ...options },
            (error, result) => (error ? reject(error) : resolve(result)));
    });
}

async function main() {
    const first = await open();
    const byName = await ddpLogin(first, { method: 'username', account: 'alice', pass: 'wonderland' });
    assert.equal(byName.type, 'password');
    assert.match(byName.token, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(byName.tokenExpires instanceof Date, 'tokenExpires is an EJSON date');
    const users = first.collections.users;
    assert.equal(users[byName.id].username, 'alice');

    const second = await open();
    process.env.LIFTOFF_INTEROP_TOKEN = byName.token;
    const byToken = await ddpLogin(second, { method: 'token', env: 'LIFTOFF_INTEROP_TOKEN' });
    delete process.env.LIFTOFF_INTEROP_TOKEN;
    assert.equal(byToken.type, 'resume');
    assert.equal(byToken.token, byName.token);
    assert.equal(byToken.tokenExpires.getTime(), byName.tokenExpires.getTime());

    // ddp-login prints "Login failed: User not found [401]" to stderr here; that is expected.
    await assert.rejects(ddpLogin(second, { method: 'username', account: 'alice', pass: 'nope' }),
        (error) => error.error === 401 && error.reason === 'User not found');

    for (const client of clients)
        client.close();
}

setTimeout(() => {
    console.error('ddp-login: timed out');
    process.exit(1);
}, 30000).unref();

main().then(() => {
    console.log('ddp + ddp-login: OK');
    process.exit(0);
}, (error) => {
    console.error('ddp + ddp-login: FAILED', error);
    process.exit(1);
});
