// The clinician's journey in Firefox ESR against the running stack, driven over WebDriver BiDi
// (Firefox's own remote protocol, so no geckodriver is needed). FirefoxJourneyIT starts the stack
// and runs this script; everything it needs comes in environment variables:
//   KITH_UI_URL          the UI's base address, ending in "/" (http://127.0.0.1:<port>/ui/)
//   KITH_USER, KITH_PASSWORD  the clinician to log in as on Keycloak's form
//   KITH_ENROL_PHOTOS    photos of one person to enrol, separated by the platform's path separator;
//                        empty when faces-dev is absent (the photo steps are then skipped)
//   KITH_TRY_PHOTO       another photo of that person for "Try it"
//   KITH_SCREENSHOTS     folder for firefox-<nn>-<step>.png
//   KITH_FIREFOX         the Firefox binary (default /usr/bin/firefox-esr)
//   KITH_COMPANION_URL   the Companion's address (http://127.0.0.1:<port>/companion/); where set,
//                        the Companion is paired on the patient's page and listens to Firefox's
//                        fake camera (a generated picture: Firefox plays no video file)
// Each step prints one "step" line; the first failure prints "FAILED <step>: <why>" and exits 1.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const ui = env('KITH_UI_URL');
const user = env('KITH_USER');
const password = env('KITH_PASSWORD');
const enrolPhotos = env('KITH_ENROL_PHOTOS', '').split(path.delimiter).filter((p) => p);
const tryPhoto = env('KITH_TRY_PHOTO', '');
const screenshots = env('KITH_SCREENSHOTS');
const firefox = env('KITH_FIREFOX', '/usr/bin/firefox-esr');
const companionUrl = env('KITH_COMPANION_URL', '');
const TIMEOUT = 120_000;

// A Java exception's class name, a stack frame or a "Caused by" line: none may ever reach a page.
const LEAKS = [
  /\b(?:[a-z_][a-z0-9_]*\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\b/,
  /\bat [\w$.]+\([\w$]+\.java:\d+\)/,
  /Caused by:/,
  /Something went wrong/,
];

mkdirSync(screenshots, { recursive: true });
let shot = 0;
let steps = 0;
let current = 'start';

/** Runs one step; its failure ends the run with the step's name. */
async function step(name, action) {
  current = name;
  const started = Date.now();
  await action();
  steps += 1;
  console.log(`step ${steps} ${name} ok (${Date.now() - started} ms)`);
}

const byId = (id) => `[id="${id}"]`;

const text = () => page.$eval('body', (b) => b.innerText);

/** Fails on a page that shows a stack trace, an exception class name or the error page. */
async function noLeak() {
  const shown = `${await page.title()}\n${await text()}`;
  for (const leak of LEAKS) {
    const found = shown.match(leak);
    if (found) {
      throw new Error(`${page.url()} shows "${found[0]}":\n${shown}`);
    }
  }
}

async function screenshot(name) {
  await noLeak();
  shot += 1;
  const file = path.join(screenshots, `firefox-${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

async function expectText(expected) {
  const shown = await text();
  if (!shown.includes(expected)) {
    throw new Error(`expected "${expected}" on ${page.url()}, the page says:\n${shown}`);
  }
}

async function type(id, value) {
  const field = await page.waitForSelector(byId(id), { visible: true });
  await field.click({ count: 3 });
  await field.type(value);
}

/** Clicks a button of a non-ajax form and waits for the page it leads to. */
async function submit(id) {
  const button = await page.waitForSelector(byId(id), { visible: true });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

async function idText(id) {
  const element = await page.waitForSelector(byId(id), { visible: true });
  return (await element.evaluate((e) => e.textContent)).trim();
}

let browser;
let page;
try {
  await step('launch', async () => {
    // A fixed window (Firefox's own --width/--height; puppeteer's viewport emulation needs a BiDi
    // command that Firefox ESR 140 lacks), the size the Chromium tests use.
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      defaultViewport: null,
      args: ['--no-remote', '--width=1280', '--height=1600'],
      // Firefox's own fake camera, allowed without asking, for the Companion.
      extraPrefsFirefox: {
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': true,
      },
      protocolTimeout: TIMEOUT,
      timeout: TIMEOUT,
    });
    page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.setDefaultNavigationTimeout(TIMEOUT);
    console.log(`browser ${await browser.version()}`);
  });

  await step('keycloak-login', async () => {
    await page.goto(`${ui}index.xhtml`, { waitUntil: 'load' });
    await page.waitForSelector('#username', { visible: true });
    await screenshot('keycloak-login');
    await page.type('#username', user);
    await page.type('#password', password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#kc-login')]);
    await page.waitForSelector(byId('newPatient:pseudonym'), { visible: true });
    await expectText('demo-clinic');
    await screenshot('dashboard');
  });

  const pseudonym = `Firefox-${Date.now().toString(36)}`;
  let patientUrl;
  await step('register-patient', async () => {
    await type('newPatient:pseudonym', pseudonym);
    await submit('newPatient:register');
    const shown = await idText('patient-name');
    if (shown !== pseudonym) {
      throw new Error(`the patient page names "${shown}", not "${pseudonym}"`);
    }
    patientUrl = page.url();
    await screenshot('patient-registered');
  });

  await step('empty-person-form', async () => {
    await submit('personForm:savePerson');
    // Field-level: the message sits in the field's own message element, and the field is marked.
    const messages = await page.$$eval('.field-message', (all) => all.map((m) => m.textContent));
    for (const expected of ['Enter the name the device should say', 'Enter how the patient knows this person']) {
      if (!messages.some((m) => m.includes(expected))) {
        throw new Error(`no field message "${expected}"; field messages: ${JSON.stringify(messages)}`);
      }
    }
    const marked = await page.$eval(byId('personForm:displayName'), (f) => f.classList.contains('ui-state-error'));
    if (!marked) {
      throw new Error('the empty name field is not marked as in error');
    }
    await screenshot('empty-person-form');
  });

  await step('add-person', async () => {
    await type('personForm:displayName', 'Anna');
    await type('personForm:relationship', 'daughter');
    await type('personForm:memoryCue', 'Visits on Sundays with her dog');
    await submit('personForm:savePerson');
    await expectText('Anna was added');
    await expectText('Consent: NONE');
    await screenshot('person-added');
  });

  await step('record-consent', async () => {
    const link = await page.$$eval('a', (links) =>
      links.filter((a) => a.textContent.trim() === 'Consent and photos').map((a) => a.href));
    if (link.length !== 1) {
      throw new Error(`expected one "Consent and photos" link, found ${link.length}`);
    }
    await page.goto(link[0], { waitUntil: 'load' });
    const before = await idText('consent-status');
    if (before !== 'NONE') {
      throw new Error(`consent status before recording is ${before}`);
    }
    await type('consentForm:evidenceReference', 'Consent binder, shelf 3');
    await submit('consentForm:recordConsent');
    const after = await idText('consent-status');
    if (after !== 'ACTIVE') {
      throw new Error(`consent status after recording is ${after}`);
    }
    await expectText('Consent binder, shelf 3');
    await screenshot('consent-recorded');
  });

  if (enrolPhotos.length === 0) {
    console.log('step -- enrol and try-it skipped: no faces-dev photos were given');
  } else {
    await step('enrol-photos', async () => {
      const input = await page.waitForSelector(byId('enrolForm:photos'));
      await input.uploadFile(...enrolPhotos);
      await submit('enrolForm:enrol');
      await page.waitForSelector('#outcomes', { visible: true });
      const n = enrolPhotos.length;
      await expectText(`${n} of ${n} photos were accepted`);
      const accepted = await page.$$eval('#outcomes .outcome .accepted', (all) => all.length);
      if (accepted !== n) {
        throw new Error(`${accepted} outcome cards say accepted, expected ${n}`);
      }
      await screenshot('photos-enrolled');
    });

    await step('try-it-known', async () => {
      await page.goto(patientUrl, { waitUntil: 'load' });
      const input = await page.waitForSelector(byId('tryForm:photo'));
      await input.uploadFile(tryPhoto);
      await submit('tryForm:try');
      const faces = await idText('trial-faces');
      if (!faces.includes('KNOWN') || faces.includes('UNKNOWN') || !faces.includes('This is Anna')) {
        throw new Error(`"Try it" did not name Anna: ${faces}`);
      }
      await screenshot('try-it-known');
    });
  }
  if (companionUrl) {
    let companion;
    let code;
    await step('companion-pairing-code', async () => {
      companion = await browser.newPage();
      companion.setDefaultTimeout(TIMEOUT);
      await companion.goto(companionUrl, { waitUntil: 'load' });
      await companion.waitForFunction(
        () => /^[B-Z]{4}-[B-Z]{4}$/.test(document.getElementById('pairing-code').textContent));
      code = await companion.$eval('#pairing-code', (e) => e.textContent);
      shot += 1;
      await companion.screenshot({
        path: path.join(screenshots, `firefox-${String(shot).padStart(2, '0')}-companion-code.png`),
      });
    });

    await step('companion-paired-on-patient-page', async () => {
      await page.goto(patientUrl, { waitUntil: 'load' });
      await type('pairForm:userCode', code);
      await submit('pairForm:pairCompanion');
      await expectText('is paired');
      await companion.waitForFunction(
        () => document.getElementById('state').textContent.includes('Paired as'));
    });

    await step('companion-listening', async () => {
      await companion.click('#toggle');
      // Frames of Firefox's fake camera answered by the encounter API: the camera, the canvas,
      // the socket and the answers all work in Firefox.
      await companion.waitForFunction(
        () => KithCompanion.log.filter((e) => e.kind === 'frame').length >= 3
          && document.getElementById('state').textContent === 'Listening');
      shot += 1;
      await companion.screenshot({
        path: path.join(screenshots, `firefox-${String(shot).padStart(2, '0')}-companion-listening.png`),
      });
      await companion.click('#toggle');
    });
  }
  console.log(`done: ${steps} steps, ${shot} screenshots in ${screenshots}`);
} catch (e) {
  console.log(`FAILED ${current}: ${e && e.stack ? e.stack : e}`);
  try {
    shot += 1;
    await page?.screenshot({
      path: path.join(screenshots, `firefox-${String(shot).padStart(2, '0')}-failure.png`),
      fullPage: true,
    });
  } catch (ignored) {
    // The failure above is what matters.
  }
  process.exitCode = 1;
} finally {
  await browser?.close();
}
