/*
 * Kith Companion: pairs this phone with a patient, streams the camera to the encounter API and
 * says who the gallery confirmed. The phone decides nothing about who anyone is; it speaks the
 * events it is sent, under the patient's announcement policy, which the gallery applies.
 *
 * What it keeps: the device credential (localStorage, until "Sign out"), the speech settings, and,
 * in memory only, the people confirmed in the current encounter. Frames are never stored.
 */
(function () {
  'use strict';

  var API = '/gallery/api/v1';
  var CREDENTIAL = 'kith.companion.credential';
  var SETTINGS = 'kith.companion.settings';
  var MIN_FRAME_MS = 200; // at most 5 frames a second
  var RECENT_MS = 30000; // "Who is here?" repeats those confirmed in the last half minute
  var MAX_FRAME_WIDTH = 640;

  var log = []; // what was said and sent, with times: for the tests and for debugging
  function record(kind, data) {
    var entry = Object.assign({ kind: kind, at: Date.now() }, data || {});
    log.push(entry);
    if (log.length > 2000) {
      log.splice(0, log.length - 2000);
    }
    return entry;
  }

  // ---- Speech, behind an interface the tests replace -------------------------------------------

  var audio = null;
  var browserEngine = {
    speak: function (text, options) {
      if (!('speechSynthesis' in window)) {
        return;
      }
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = options.lang;
      utterance.rate = options.rate;
      utterance.volume = options.volume;
      window.speechSynthesis.speak(utterance);
    },
    tone: function (kind, options) {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) {
        return;
      }
      audio = audio || new Context();
      // A confirmed person: two rising notes. Uncertain or a stranger: one soft low note.
      var notes = kind === 'confirmed' ? [660, 880] : [330];
      var loudness = (kind === 'confirmed' ? 0.3 : 0.12) * options.volume;
      notes.forEach(function (frequency, i) {
        var oscillator = audio.createOscillator();
        var gain = audio.createGain();
        var start = audio.currentTime + i * 0.14;
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(loudness, start);
        gain.gain.exponentialRampToValueAtTime(0.001, start + 0.13);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(start);
        oscillator.stop(start + 0.14);
      });
    }
  };

  var settings = Object.assign(
    { muted: false, rate: 1, volume: 1 },
    readJson(SETTINGS) || {}
  );

  var speech = {
    engine: browserEngine,
    /** Replaces the engine: {speak(text, options), tone(kind, options)}. */
    use: function (engine) {
      speech.engine = engine;
    },
    options: function () {
      return {
        lang: navigator.language || document.documentElement.lang || 'en',
        rate: Number(settings.rate),
        volume: Number(settings.volume)
      };
    },
    say: function (text) {
      record('utterance', { text: text, muted: settings.muted });
      if (!settings.muted) {
        speech.engine.speak(text, speech.options());
      }
    },
    tone: function (kind) {
      record('tone', { tone: kind, muted: settings.muted });
      if (!settings.muted) {
        speech.engine.tone(kind, speech.options());
      }
    }
  };

  // ---- Small helpers -----------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  function readJson(key) {
    try {
      var value = window.localStorage.getItem(key);
      return value ? JSON.parse(value) : null;
    } catch (e) {
      return null;
    }
  }

  function sleep(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  /** Says the app's state, on screen and to a screen reader. */
  function setState(text) {
    if ($('state').textContent !== text) {
      $('state').textContent = text;
      record('state', { text: text });
    }
  }

  function show(screen) {
    $('pairing').hidden = screen !== 'pairing';
    $('listening').hidden = screen !== 'listening';
  }

  /** A call's failure: a problem from Kith (with its code), or no answer at all (unreachable). */
  function Failure(status, problem) {
    this.status = status;
    this.code = problem && problem.code ? problem.code : status === 0 ? 'UNREACHABLE' : 'HTTP_' + status;
    this.problem = problem || {};
    this.events = (problem && problem.events) || [];
  }

  function call(method, path, options) {
    options = options || {};
    var headers = {};
    if (options.token) {
      headers.Authorization = 'Bearer ' + options.token;
    }
    if (options.contentType) {
      headers['Content-Type'] = options.contentType;
    }
    return fetch(path, { method: method, headers: headers, body: options.body, cache: 'no-store' })
      .catch(function () {
        throw new Failure(0, null);
      })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        var body = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
        return body.then(function (json) {
          if (!response.ok) {
            throw new Failure(response.status, json);
          }
          return json;
        });
      });
  }

  // ---- Pairing -----------------------------------------------------------------------------------

  var pairingRun = 0;
  var unpairedByClinic = false; // says so until the phone is paired again

  function credential() {
    return readJson(CREDENTIAL);
  }

  function startPairing() {
    var run = ++pairingRun;
    show('pairing');
    $('new-code').hidden = true;
    $('pairing-problem').hidden = true;
    $('pairing-code').textContent = '';
    setState('Not paired yet');
    call('POST', API + '/pairings')
      .then(function (started) {
        if (run !== pairingRun) {
          return;
        }
        $('pairing-code').textContent = started.userCode;
        $('pairing-code').setAttribute('aria-label', 'Code: ' + started.userCode.split('').join(' '));
        var until = new Date(Date.now() + started.expiresIn * 1000);
        $('pairing-expiry').textContent =
          'The code works until ' + until.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) + '.';
        setState(
          unpairedByClinic
            ? 'This phone was unpaired by the clinic. Show this code to pair it again.'
            : 'Waiting for your clinician'
        );
        pollPairing(run, started.pairingCode, started.interval * 1000);
      })
      .catch(function (failure) {
        pairingFailed(run, failure);
      });
  }

  function pollPairing(run, pairingCode, interval) {
    sleep(interval).then(function () {
      if (run !== pairingRun) {
        return;
      }
      call('POST', API + '/pairings/claim', {
        contentType: 'application/json',
        body: JSON.stringify({ pairingCode: pairingCode })
      })
        .then(function (paired) {
          if (run !== pairingRun) {
            return;
          }
          window.localStorage.setItem(
            CREDENTIAL,
            JSON.stringify({
              clientId: paired.clientId,
              clientSecret: paired.clientSecret,
              tokenEndpoint: paired.tokenEndpoint,
              label: paired.device.label
            })
          );
          unpairedByClinic = false;
          record('paired', { label: paired.device.label });
          showListening('Paired as “' + paired.device.label + '”. Press Start listening.');
        })
        .catch(function (failure) {
          if (run !== pairingRun) {
            return;
          }
          if (failure.code === 'PAIRING_PENDING') {
            pollPairing(run, pairingCode, interval);
          } else if (failure.code === 'PAIRING_SLOW_DOWN') {
            pollPairing(run, pairingCode, interval + 1000);
          } else if (failure.code === 'UNREACHABLE') {
            setState('Can’t reach Kith');
            pollPairing(run, pairingCode, Math.min(interval * 2, 10000));
          } else {
            pairingFailed(run, failure);
          }
        });
    });
  }

  function pairingFailed(run, failure) {
    if (run !== pairingRun) {
      return;
    }
    var text =
      failure.code === 'UNREACHABLE'
        ? 'Kith cannot be reached. Check the phone’s connection, then get a new code.'
        : failure.code === 'PAIRING_EXPIRED'
          ? 'The code has expired. Get a new one and show it to your clinician.'
          : failure.code === 'PAIRING_RATE_LIMITED'
            ? 'Too many codes were asked for. Wait a minute, then get a new one.'
            : 'Pairing did not work (' + failure.code + '). Get a new code.';
    setState(failure.code === 'UNREACHABLE' ? 'Can’t reach Kith' : 'Not paired');
    $('pairing-code').textContent = '';
    $('pairing-expiry').textContent = '';
    $('pairing-problem').textContent = text;
    $('pairing-problem').hidden = false;
    $('new-code').hidden = false;
  }

  // ---- Tokens ------------------------------------------------------------------------------------

  var token = null;

  function deviceToken() {
    if (token && token.until > Date.now() + 30000) {
      return Promise.resolve(token.value);
    }
    var held = credential();
    if (!held) {
      return Promise.reject(new Failure(401, { code: 'DEVICE_CREDENTIALS_INVALID' }));
    }
    var form = new URLSearchParams();
    form.set('client_id', held.clientId);
    form.set('client_secret', held.clientSecret);
    return call('POST', API + '/device-tokens', {
      contentType: 'application/x-www-form-urlencoded',
      body: form.toString()
    }).then(function (issued) {
      token = { value: issued.accessToken, until: Date.now() + issued.expiresIn * 1000 };
      return token.value;
    });
  }

  // ---- Listening ---------------------------------------------------------------------------------

  var listening = false;
  var resumeWhenVisible = false;
  var stream = null;
  var encounter = null; // {id, transport}
  var sequence = 0;
  var loopRun = 0;
  var canvas = document.createElement('canvas');
  var recent = new Map(); // track -> confirmed person, for this encounter only
  var lastShown = null;
  var unreachableSince = 0;
  var serverFailures = 0;

  function showListening(stateText) {
    show('listening');
    setState(stateText);
    renderCard();
  }

  function start() {
    if (listening) {
      return;
    }
    listening = true;
    $('toggle').textContent = 'Stop listening';
    $('toggle').setAttribute('aria-pressed', 'true');
    setState('Starting the camera…');
    openCamera()
      .then(function () {
        setState('Listening');
        var run = ++loopRun;
        loop(run);
      })
      .catch(function (error) {
        stop(false);
        setState(
          error && (error.name === 'NotAllowedError' || error.name === 'SecurityError')
            ? 'Camera blocked: allow the camera for Kith in the browser’s settings'
            : 'No camera could be opened'
        );
      });
  }

  function openCamera() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return Promise.reject({ name: 'NotSupportedError' });
    }
    return navigator.mediaDevices
      .getUserMedia({
        audio: false,
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 640 }, height: { ideal: 480 } }
      })
      .then(function (media) {
        stream = media;
        $('camera').srcObject = media;
        return $('camera').play();
      });
  }

  /** Stops listening; {@code byPatient} says whether the patient asked (else the app paused). */
  function stop(byPatient) {
    listening = false;
    loopRun++;
    $('toggle').textContent = 'Start listening';
    $('toggle').setAttribute('aria-pressed', 'false');
    if (stream) {
      stream.getTracks().forEach(function (track) {
        track.stop();
      });
      stream = null;
    }
    $('camera').srcObject = null;
    closeEncounter();
    if (byPatient) {
      setState('Paused');
    }
  }

  function closeEncounter() {
    var closing = encounter;
    encounter = null;
    forgetPeople();
    if (!closing) {
      return;
    }
    closing.transport.close();
    deviceToken()
      .then(function (bearer) {
        return call('DELETE', API + '/encounters/' + closing.id, { token: bearer });
      })
      .catch(function () {
        // An encounter not closed ends by itself after its idle time.
      });
  }

  /** Names live only as long as the encounter they were confirmed in. */
  function forgetPeople() {
    recent.clear();
    lastShown = null;
    renderCard();
  }

  function openEncounter(bearer) {
    return call('POST', API + '/encounters', { token: bearer }).then(function (opened) {
      sequence = 0;
      return socketTransport(opened, bearer)
        .catch(function () {
          record('transport', { kind: 'rest' });
          return restTransport(opened);
        })
        .then(function (transport) {
          encounter = { id: opened.id, transport: transport };
          return encounter;
        });
    });
  }

  /** Frames as REST calls: the fallback where a WebSocket cannot be opened. */
  function restTransport(opened) {
    return {
      kind: 'rest',
      send: function (blob, seq, capturedAt, bearer) {
        return call('POST', opened.frames + '?sequence=' + seq + '&capturedAt=' + capturedAt, {
          token: bearer,
          contentType: 'image/jpeg',
          body: blob
        });
      },
      close: function () {}
    };
  }

  /**
   * Frames over the encounter's WebSocket: a one-time ticket as the first message (never a token
   * in the URL), then each frame as 16 header bytes (sequence, capture time) and the JPEG. One
   * frame is in flight at a time, so each answer belongs to the frame before it.
   */
  function socketTransport(opened, bearer) {
    if (!('WebSocket' in window)) {
      return Promise.reject(new Error('no WebSocket'));
    }
    return call('POST', opened.socketTickets, { token: bearer }).then(function (ticket) {
      return new Promise(function (resolve, reject) {
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + opened.socket;
        var socket = new WebSocket(url);
        socket.binaryType = 'arraybuffer';
        var waiting = null;
        var ready = false;
        var timer = setTimeout(function () {
          socket.close();
          reject(new Error('socket timed out'));
        }, 5000);
        socket.onopen = function () {
          socket.send(JSON.stringify({ ticket: ticket.ticket }));
        };
        socket.onmessage = function (message) {
          var data = JSON.parse(message.data);
          if (!ready) {
            clearTimeout(timer);
            if (data.type === 'ready') {
              ready = true;
              record('transport', { kind: 'socket' });
              resolve(transport);
            } else {
              socket.close();
              reject(new Error('socket refused: ' + data.code));
            }
            return;
          }
          var pending = waiting;
          waiting = null;
          if (!pending) {
            return;
          }
          if (data.type === 'problem') {
            pending.reject(new Failure(data.status, data));
          } else {
            pending.resolve(data);
          }
        };
        socket.onclose = function (event) {
          clearTimeout(timer);
          if (!ready) {
            reject(new Error('socket closed'));
          }
          if (waiting) {
            var pending = waiting;
            waiting = null;
            pending.reject(
              event.reason
                ? new Failure(403, { code: event.reason })
                : new Failure(0, null)
            );
          }
          transport.closed = true;
        };
        var transport = {
          kind: 'socket',
          closed: false,
          send: function (blob, seq, capturedAt) {
            if (transport.closed) {
              return Promise.reject(new Failure(404, { code: 'ENCOUNTER_NOT_FOUND' }));
            }
            return blob.arrayBuffer().then(function (image) {
              var frame = new Uint8Array(16 + image.byteLength);
              var header = new DataView(frame.buffer);
              header.setBigInt64(0, BigInt(seq));
              header.setBigInt64(8, BigInt(capturedAt));
              frame.set(new Uint8Array(image), 16);
              return new Promise(function (resolve, reject) {
                waiting = { resolve: resolve, reject: reject };
                socket.send(frame);
              });
            });
          },
          close: function () {
            transport.closed = true;
            try {
              socket.send(JSON.stringify({ type: 'close' }));
            } catch (e) {
              // Already closed.
            }
            socket.close();
          }
        };
      });
    });
  }

  function captureFrame() {
    var video = $('camera');
    var width = video.videoWidth;
    var height = video.videoHeight;
    if (!width || !height) {
      return Promise.resolve(null);
    }
    var scale = Math.min(1, MAX_FRAME_WIDTH / width);
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) {
      canvas.toBlob(resolve, 'image/jpeg', 0.85);
    });
  }

  /** One frame at a time, paced by the answers: the newest frame is always the one sent. */
  function loop(run) {
    var began = Date.now();
    var capturedAt = 0;
    var seq = 0;
    deviceToken()
      .then(function (bearer) {
        return (encounter ? Promise.resolve(encounter) : openEncounter(bearer)).then(function (open) {
          capturedAt = Date.now();
          return captureFrame().then(function (blob) {
            if (!blob || run !== loopRun) {
              return null;
            }
            seq = ++sequence;
            return open.transport.send(blob, seq, capturedAt, bearer);
          });
        });
      })
      .then(function (answer) {
        if (run !== loopRun) {
          return;
        }
        if (unreachableSince) {
          record('reachable', { after: Date.now() - unreachableSince });
          unreachableSince = 0;
        }
        serverFailures = 0;
        setState('Listening');
        if (answer) {
          record('frame', {
            sequence: seq,
            capturedAt: capturedAt,
            faces: answer.faces == null ? null : answer.faces,
            status: answer.status,
            millis: Date.now() - capturedAt
          });
          handle(answer.events || []);
        }
        next(run, began, 0);
      })
      .catch(function (failure) {
        if (run !== loopRun) {
          return;
        }
        if (!(failure instanceof Failure)) {
          failure = new Failure(0, null);
        }
        handle(failure.events);
        failed(run, began, failure);
      });
  }

  function next(run, began, extraWait) {
    var wait = Math.max(0, MIN_FRAME_MS - (Date.now() - began)) + extraWait;
    sleep(wait).then(function () {
      if (run === loopRun && listening) {
        loop(run);
      }
    });
  }

  function failed(run, began, failure) {
    record('failure', { code: failure.code });
    switch (failure.code) {
      case 'DEVICE_REVOKED':
      case 'DEVICE_UNKNOWN':
      case 'DEVICE_CREDENTIALS_INVALID':
        unpaired();
        return;
      case 'HTTP_502':
      case 'HTTP_503':
      case 'HTTP_504':
      case 'SERVICE_UNAVAILABLE':
      case 'RECOGNITION_UNAVAILABLE':
      case 'AUDIT_UNAVAILABLE':
        // Kith answered but could not use this frame: the encounter stays; only several such
        // answers in a row mean Kith cannot do its work now.
        serverFailures++;
        if (serverFailures < 3) {
          next(run, began, 500);
          return;
        }
      // falls through
      case 'UNREACHABLE':
        if (!unreachableSince) {
          unreachableSince = Date.now();
        }
        setState('Can’t reach Kith. Trying again…');
        if (encounter) {
          encounter.transport.close();
        }
        encounter = null;
        forgetPeople();
        next(run, began, 2000);
        return;
      case 'ENCOUNTER_NOT_FOUND':
        if (encounter) {
          encounter.transport.close();
        }
        encounter = null;
        forgetPeople();
        next(run, began, 0);
        return;
      case 'UNAUTHENTICATED':
        token = null;
        next(run, began, 0);
        return;
      case 'ENCOUNTER_LIMIT':
        next(run, began, 3000);
        return;
      default:
        // A frame the gallery could not use (too dark, unreadable): the next one may do.
        next(run, began, 0);
    }
  }

  function unpaired() {
    stop(false);
    window.localStorage.removeItem(CREDENTIAL);
    token = null;
    unpairedByClinic = true;
    record('unpaired', {});
    startPairing();
    setState('This phone was unpaired by the clinic.');
  }

  // ---- Saying what the gallery decided -----------------------------------------------------------

  function sentence(person, verbosity) {
    var name = person.pronunciationHint || person.displayName;
    var text = name;
    if (verbosity !== 'NAME' && person.relationship) {
      text += ', your ' + person.relationship;
    }
    if (verbosity === 'NAME_RELATIONSHIP_AND_CUE' && person.memoryCue) {
      text += '. ' + person.memoryCue;
    }
    return text;
  }

  function handle(events) {
    events.forEach(function (event) {
      record('event', { type: event.type, announce: event.announce, track: event.track });
      switch (event.type) {
        case 'person.confirmed':
          recent.set(event.track, {
            displayName: event.displayName,
            relationship: event.relationship,
            memoryCue: event.memoryCue,
            pronunciationHint: event.pronunciationHint,
            auditEventId: event.auditEventId,
            at: Date.now()
          });
          // The card shows whoever was confirmed last; only an announcement is spoken.
          if (event.announce || !lastShown || lastShown.displayName !== event.displayName) {
            lastShown = recent.get(event.track);
            renderCard();
          }
          if (event.announce) {
            speech.tone('confirmed');
            speech.say(sentence(event, event.verbosity));
            if (navigator.vibrate) {
              navigator.vibrate([80, 60, 80]);
            }
          }
          break;
        case 'person.uncertain':
          // Never a guessed name: only what the clinician allowed ("might be …"), or a soft tone.
          if (event.candidateName) {
            speech.tone('soft');
            speech.say('Might be ' + event.candidateName);
          } else if (event.tone) {
            speech.tone('soft');
          }
          break;
        case 'stranger.confirmed':
          if (event.tone) {
            speech.tone('soft');
          }
          break;
        case 'track.ended':
          // A withdrawn consent takes the name off the screen at once; a track that now holds
          // another face no longer counts as someone here.
          if (event.reason === 'consent-withdrawn') {
            if (lastShown && recent.get(event.track) === lastShown) {
              lastShown = null;
              renderCard();
            }
            recent.delete(event.track);
          } else if (event.reason === 'identity-changed') {
            recent.delete(event.track);
          }
          break;
        case 'encounter.closed':
          encounter = null;
          forgetPeople();
          break;
        default:
          break;
      }
    });
  }

  function renderCard() {
    var person = lastShown;
    $('card').hidden = !person;
    $('nobody').hidden = !!person;
    $('not-them').hidden = !person || !person.auditEventId;
    if (!person) {
      $('card-cue').hidden = true;
      return;
    }
    $('card-name').textContent = person.displayName;
    $('card-relationship').textContent = person.relationship ? 'your ' + person.relationship : '';
    $('card-cue').textContent = person.memoryCue || '';
    $('card-cue').hidden = true;
  }

  function whoIsHere() {
    var now = Date.now();
    var names = [];
    recent.forEach(function (person) {
      if (now - person.at <= RECENT_MS && names.indexOf(person.displayName) < 0) {
        names.push(person.pronunciationHint || person.displayName);
      }
    });
    speech.say(
      names.length === 0
        ? 'Nobody you know was named in the last half minute.'
        : names.length === 1
          ? names[0]
          : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1]
    );
  }

  function tellMore() {
    if (!lastShown) {
      speech.say('Nobody you know was named yet.');
      return;
    }
    if (lastShown.memoryCue) {
      $('card-cue').hidden = false;
      speech.say(lastShown.memoryCue);
    } else {
      speech.say('Nothing more is noted about ' + (lastShown.pronunciationHint || lastShown.displayName) + '.');
    }
  }

  /** "That was not them": feedback tied to the decision's audit event, for the clinician. */
  function notThem() {
    var person = lastShown;
    if (!person || !person.auditEventId) {
      return;
    }
    deviceToken()
      .then(function (bearer) {
        return call('POST', API + '/feedback', {
          token: bearer,
          contentType: 'application/json',
          body: JSON.stringify({ auditEventId: person.auditEventId, correct: false })
        });
      })
      .then(function () {
        lastShown = null;
        renderCard();
        speech.say('Thank you. Kith has noted that it was wrong.');
      })
      .catch(function () {
        speech.say('That could not be sent. Please tell your clinician.');
      });
  }

  function forget() {
    if (!window.confirm('Sign out? This phone forgets its pairing and must be paired again.')) {
      return;
    }
    stop(false);
    window.localStorage.removeItem(CREDENTIAL);
    token = null;
    startPairing();
  }

  // ---- Wiring ------------------------------------------------------------------------------------

  function saveSettings() {
    window.localStorage.setItem(SETTINGS, JSON.stringify(settings));
  }

  function wire() {
    $('new-code').addEventListener('click', startPairing);
    $('toggle').addEventListener('click', function () {
      if (listening) {
        stop(true);
      } else {
        start();
      }
    });
    $('who').addEventListener('click', whoIsHere);
    $('more').addEventListener('click', tellMore);
    $('not-them').addEventListener('click', notThem);
    $('forget').addEventListener('click', forget);
    $('mute').setAttribute('aria-pressed', String(settings.muted));
    $('mute').addEventListener('click', function () {
      settings.muted = !settings.muted;
      $('mute').setAttribute('aria-pressed', String(settings.muted));
      saveSettings();
      if (window.speechSynthesis && settings.muted) {
        window.speechSynthesis.cancel();
      }
    });
    $('rate').value = settings.rate;
    $('rate').addEventListener('change', function () {
      settings.rate = Number($('rate').value);
      saveSettings();
    });
    $('volume').value = settings.volume;
    $('volume').addEventListener('change', function () {
      settings.volume = Number($('volume').value);
      saveSettings();
    });
    // Hidden page, locked screen: the camera stops, and starts again when the patient is back.
    document.addEventListener('visibilitychange', function () {
      if (document.hidden && listening) {
        resumeWhenVisible = true;
        stop(false);
        setState('Paused while the screen is off');
      } else if (!document.hidden && resumeWhenVisible) {
        resumeWhenVisible = false;
        start();
      }
    });
    window.addEventListener('offline', function () {
      if (listening) {
        setState('Can’t reach Kith. Trying again…');
      }
    });
  }

  function boot() {
    wire();
    if (credential()) {
      showListening('Ready. Press Start listening.');
    } else {
      startPairing();
    }
    if ('serviceWorker' in navigator && window.isSecureContext) {
      navigator.serviceWorker.register('sw.js').catch(function () {
        // Without it the app still works; it only does not open without a network.
      });
    }
  }

  window.KithCompanion = {
    speech: speech,
    log: log,
    start: start,
    stop: stop,
    isListening: function () {
      return listening;
    }
  };
  boot();
})();
