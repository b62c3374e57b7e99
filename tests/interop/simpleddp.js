'use strict';
// simpleddp + simpleddp-plugin-login (npm) against liftoff-devserver: a password login (the plugin
// passes the password through as given, so this sends a plain string the server must hash), a
// resume with the returned token on a new connection, a wrong password, the two-factor error and
// its retry, a subscription, and a logout that closes the other connection using the same token.
// Exits 0 only when all of it worked.   Usage: node simpleddp.js http://127.0.0.1:<port>
const assert = require('node:assert/strict');
const WebSocket = require('ws');
const simpleDDP = require('simpleddp');
const { simpleDDPLogin } = require('simpleddp-plugin-login');
const totp = require('./totp');

const endpoint = `${process.argv[2].replace(/^http/, 'ws')}/websocket`;
const opened = [];

async function open() {
    const server = new simpleDDP(
        { endpoint, SocketConstructor: WebSocket, autoReconnect: false, maxTimeout: 10000 },
        [simpleDDPLogin]);
    opened.push(server);
    await server.connect();
    return server;
}

function nextEvent(server, name) {
    return new Promise((resolve) => {
        const listener = server.on(name, (...args) => {
            listener.stop();
            resolve(args);
        });
    });
}

async function main() {
    const first = await open();
    const login = await first.login({ user: { username: 'alice' }, password: 'wonderland' });
    assert.equal(login.type, 'password');
    assert.match(login.token, /^[A-Za-z0-9_-]{43}$/);
    // simpleddp EJSON-decodes results: {"$date": ms} arrives as a Date.
    assert.ok(login.tokenExpires instanceof Date, 'tokenExpires is an EJSON date');
    assert.ok(login.tokenExpires.getTime() > Date.now() + 80 * 24 * 3600 * 1000);
    assert.equal(first.userId, login.id);
    const me = first.collection('users').fetch();
    assert.equal(me.length, 1);
    assert.equal(me[0].username, 'alice');

    const second = await open();
    const resumed = await second.login({ resume: login.token });
    assert.equal(resumed.type, 'resume');
    assert.equal(resumed.id, login.id);
    assert.equal(resumed.token, login.token);
    assert.equal(resumed.tokenExpires.getTime(), login.tokenExpires.getTime());

    await assert.rejects(second.login({ user: { username: 'alice' }, password: 'nope' }),
        (error) => error.error === 401 && error.reason === 'User not found');

    const third = await open();
    const bob = { user: { email: 'bob@example.com' }, password: 'builder' };
    await assert.rejects(third.login(bob),
        (error) => error.error === 'totp-required' && error.details.method === 'totp');
    const withCode = await third.login({ totp: { login: bob, code: totp('JBSWY3DPEHPK3PXP') } });
    assert.equal(withCode.type, 'password');

    const sub = first.subscribe('meteor.loginServiceConfiguration');
    await sub.ready();
    assert.equal(first.collection('meteor_accounts_loginServiceConfiguration').fetch().length, 0);

    // Logging out closes every other connection logged in with that token.
    const secondClosed = nextEvent(second, 'disconnected');
    await first.logout();
    await secondClosed;
    assert.equal(first.userId, undefined);

    await Promise.all([first.disconnect(), third.disconnect()]);
}

setTimeout(() => {
    console.error('simpleddp: timed out');
    process.exit(1);
}, 30000).unref();

main().then(() => {
    console.log('simpleddp + simpleddp-plugin-login: OK');
    process.exit(0);
}, (error) => {
    console.error('simpleddp + simpleddp-plugin-login: FAILED', error);
    process.exit(1);
});
