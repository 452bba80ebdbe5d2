/*
 * The booking form's proof of work. Before the form is sent, the browser fetches a challenge and
 * finds a number n so that SHA-256(salt + n) begins with the demanded number of zero bits: a
 * moment for a citizen, real cost for a script that books hundreds of times. The solution travels
 * in two hidden fields with the form; everything else about booking happens on the server.
 *
 * Web Crypto does the hashing where the browser offers it (HTTPS and localhost); on a plain-HTTP
 * address it does not exist, so a small SHA-256 of our own takes over there.
 */
(function () {
  'use strict';

  function leadingZeroBits(bytes) {
    var zeros = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0) {
        return zeros + Math.clz32(bytes[i]) - 24;
      }
      zeros += 8;
    }
    return zeros;
  }

  // SHA-256 (FIPS 180-4). Its constants are the fractional parts of the square and cube roots of
  // the first primes, computed here rather than written out.
  var primes = [];
  for (var candidate = 2; primes.length < 64; candidate++) {
    if (primes.every(function (p) { return candidate % p !== 0; })) {
      primes.push(candidate);
    }
  }
  function fraction(value) {
    return ((value - Math.floor(value)) * 4294967296) >>> 0;
  }
  var ROUND = new Uint32Array(primes.map(function (p) { return fraction(Math.cbrt(p)); }));
  var INITIAL = new Uint32Array(primes.slice(0, 8).map(function (p) { return fraction(Math.sqrt(p)); }));

  function rotate(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function sha256(bytes) {
    var blocks = Math.ceil((bytes.length + 9) / 64);
    var padded = new Uint8Array(blocks * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bytes.length / 536870912));
    view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
    var h = new Uint32Array(INITIAL);
    var w = new Uint32Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      var i;
      for (i = 0; i < 16; i++) {
        w[i] = view.getUint32(offset + i * 4);
      }
      for (i = 16; i < 64; i++) {
        var s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        var s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + ROUND[i] + w[i]) | 0;
        var t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }
    var digest = new Uint8Array(32);
    var out = new DataView(digest.buffer);
    for (var j = 0; j < 8; j++) {
      out.setUint32(j * 4, h[j]);
    }
    return digest;
  }

  /** Finds the smallest n whose hash has enough zero bits, in batches, so that the page stays responsive. */
  function solve(salt, bits, withoutWebCrypto) {
    var encoder = new TextEncoder();
    var subtle = !withoutWebCrypto && window.crypto && window.crypto.subtle;
    var batch = subtle ? 256 : 4096;
    function hashes(from) {
      var inputs = [];
      for (var i = 0; i < batch; i++) {
        inputs.push(encoder.encode(salt + (from + i)));
      }
      if (subtle) {
        return Promise.all(inputs.map(function (input) {
          return subtle.digest('SHA-256', input).then(function (buffer) { return new Uint8Array(buffer); });
        }));
      }
      // A pause between batches lets the browser paint the "preparing" message.
      return new Promise(function (resolve) { setTimeout(resolve, 0); }).then(function () { return inputs.map(sha256); });
    }
    function search(from) {
      return hashes(from).then(function (digests) {
        for (var i = 0; i < digests.length; i++) {
          if (leadingZeroBits(digests[i]) >= bits) {
            return from + i;
          }
        }
        return search(from + batch);
      });
    }
    return search(0);
  }

  window.FoyerProof = { solve: solve, sha256: sha256, leadingZeroBits: leadingZeroBits };

  var form = document.querySelector('form[data-proof]');
  if (!form) {
    return;
  }
  var status = document.getElementById('proof-status');
  var button = form.querySelector('button[type="submit"]');
  var busy = false;

  function ready() {
    busy = false;
    button.disabled = false;
  }

  // A page restored from the back-forward cache must not send a solution that was used already.
  window.addEventListener('pageshow', function () {
    form.elements.proofSalt.value = '';
    form.elements.proofNumber.value = '';
    status.textContent = '';
    ready();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    button.disabled = true;
    status.textContent = form.getAttribute('data-preparing');
    fetch('/api/v1/bookings/challenge', { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('challenge answered ' + response.status);
        }
        return response.json();
      })
      .then(function (challenge) {
        if (challenge.algorithm !== 'SHA-256') {
          throw new Error('unknown algorithm ' + challenge.algorithm);
        }
        return solve(challenge.salt, challenge.bits).then(function (number) {
          form.elements.proofSalt.value = challenge.salt;
          form.elements.proofNumber.value = String(number);
        });
      })
      .then(function () {
        // submit() sends the form without firing this handler again.
        form.submit();
      })
      .catch(function () {
        status.textContent = form.getAttribute('data-failed');
        ready();
      });
  });
})();
