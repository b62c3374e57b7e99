'use strict';
// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) for a base32 secret: what an authenticator app shows.
const crypto = require('node:crypto');

function decodeBase32(text) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = 0;
    let value = 0;
    const bytes = [];
    for (const c of text.toUpperCase().replace(/[\s=-]/g, '')) {
        value = (value << 5) | alphabet.indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.push((value >>> bits) & 0xff);
        }
    }
    return Buffer.from(bytes);
}

module.exports = function totp(secret, now = Date.now()) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
    const mac = crypto.createHmac('sha1', decodeBase32(secret)).update(counter).digest();
    const offset = mac[mac.length - 1] & 0x0f;
    const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
    return String(code).padStart(6, '0');
};
