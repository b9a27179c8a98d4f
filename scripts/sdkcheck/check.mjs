#!/usr/bin/env node
// make sdk-check, step 2: compares the provider's endpoints (the JSON of
// `go run ./scripts/sdkcheck/dump`) with the URLs the Speech SDK for
// JavaScript (the npm package pinned in package.json beside this file)
// builds for the same region or custom domain, without any network:
//
//   - the SDK opens websockets through globalThis.WebSocket when it exists
//     (WebsocketMessageAdapter.open): a stub there records the URL and
//     fails the connection at once;
//   - it sends REST calls (the voices list) through
//     RestMessageAdapter.prototype.request: a stub records the URL and
//     answers a failure;
//   - it probes for a service redirect with globalThis.fetch
//     (ConnectionFactoryBase.getRedirectUrlFromEndpoint): a stub records
//     the URL and answers 404, which the SDK reads as "no redirect";
//   - any other attempt to open a socket fails and fails the check.
//
// Usage: node check.mjs DUMP.json [--sdk-dir DIR] [--explained FILE]
//        [--all] [--observed] [--report FILE]
// Exits 0 only when every difference is listed in explained.json, at least
// one URL was compared and every SDK action was seen connecting.

import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const o = { dump: "", sdkDir: "", explained: path.join(here, "explained.json"), all: false, observed: false, report: "" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--sdk-dir") o.sdkDir = next();
    else if (a === "--explained") o.explained = next();
    else if (a === "--report") o.report = next();
    else if (a === "--all") o.all = true;
    else if (a === "--observed") o.observed = true;
    else if (a === "-h" || a === "--help") {
      console.log("usage: node check.mjs DUMP.json [--sdk-dir DIR] [--explained FILE] [--all] [--observed] [--report FILE]");
      process.exit(0);
    } else if (a.startsWith("-")) fail(`unknown option ${a}`);
    else if (!o.dump) o.dump = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!o.dump) fail("usage: node check.mjs DUMP.json (from go run ./scripts/sdkcheck/dump)");
  if (!o.sdkDir) {
    const cache = process.env.XDG_CACHE_HOME || path.join(process.env.HOME || "/tmp", ".cache");
    o.sdkDir = process.env.SDKCHECK_DIR || path.join(cache, "speechendpoints", "sdkcheck");
  }
  return o;
}

function fail(msg) {
  console.error(`sdk-check: ${msg}`);
  process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------- the stubs

// Every probe uses its own made-up key: the SDK puts the key in the
// websocket URL's query and in the REST headers, so each captured URL is
// attributed to the probe that caused it even if the SDK retries late.
const KEY_PARAM = "Ocp-Apim-Subscription-Key";
let probeSeq = 0;
const byKey = new Map(); // key -> { ws: [], rest: [] }
let currentFetches = null; // redirect probes of the running probe
const stray = []; // captures no probe claims
const blockedSockets = []; // attempts to reach the network

function keyFor(n) {
  return "5dc4ec4" + n.toString(16).padStart(25, "0"); // 32 hex digits, one per probe
}

function record(key, kind, url) {
  const sink = byKey.get(key);
  if (sink) sink[kind].push(url);
  else stray.push(`${kind} ${redact(url)}`);
}

function redact(url) {
  return String(url).replace(/([?&]Ocp-Apim-Subscription-Key=)[^&]*/i, "$1…");
}

class RecordingWebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  constructor(url) {
    let key = "";
    try {
      key = new URL(url).searchParams.get(KEY_PARAM) || "";
    } catch {
      // recorded as stray below
    }
    record(key, "ws", String(url));
    this.url = String(url);
    this.readyState = RecordingWebSocket.CONNECTING;
    this.binaryType = "arraybuffer";
    setTimeout(() => {
      this.readyState = RecordingWebSocket.CLOSED;
      this.onerror?.({ message: "sdk-check stub: no network", type: "error", target: this });
      this.onclose?.({ wasClean: false, code: 1006, reason: "sdk-check stub", target: this });
    }, 0);
  }
  send() {}
  close() {
    this.readyState = RecordingWebSocket.CLOSED;
  }
  addEventListener() {}
  removeEventListener() {}
}
globalThis.WebSocket = RecordingWebSocket;

globalThis.fetch = async (input) => {
  const url = typeof input === "string" ? input : input?.url ?? String(input);
  if (currentFetches) currentFetches.push(url);
  else stray.push(`fetch ${url}`);
  return new Response("", { status: 404, statusText: "sdk-check stub" });
};

// Nothing may reach the network: every socket attempt fails and is counted.
net.Socket.prototype.connect = function blockedConnect(...args) {
  const a = args[0];
  blockedSockets.push(typeof a === "object" ? `${a.host ?? a.path ?? "?"}:${a.port ?? ""}` : String(a));
  throw new Error("sdk-check: network access blocked");
};

// ---------------------------------------------------------------- the SDK

const pin = JSON.parse(fs.readFileSync(path.join(here, "package.json"), "utf8")).dependencies?.["microsoft-cognitiveservices-speech-sdk"];
const sdkRequire = createRequire(path.join(path.resolve(opts.sdkDir), "noop.js"));
let sdkPkg;
try {
  sdkPkg = sdkRequire("microsoft-cognitiveservices-speech-sdk/package.json");
} catch {
  fail(`the Speech SDK is not installed under ${opts.sdkDir}: run scripts/sdk-check.sh`);
}
if (pin && sdkPkg.version !== pin) fail(`installed SDK ${sdkPkg.version} is not the pinned ${pin}: run scripts/sdk-check.sh`);

const restModule = sdkRequire("microsoft-cognitiveservices-speech-sdk/distrib/lib/src/common.browser/RestMessageAdapter.js");
const wsModule = sdkRequire("microsoft-cognitiveservices-speech-sdk/distrib/lib/src/common.browser/WebsocketMessageAdapter.js");
if (typeof restModule.RestMessageAdapter?.prototype?.request !== "function") fail("RestMessageAdapter.request not found: the SDK's REST seam moved");
if (!wsModule.WebsocketMessageAdapter) fail("WebsocketMessageAdapter not found: the SDK's websocket seam moved");
wsModule.WebsocketMessageAdapter.forceNpmWebSocket = false; // use globalThis.WebSocket
restModule.RestMessageAdapter.prototype.request = function recordingRequest(method, uri) {
  const headers = this.privHeaders || {};
  const key = Object.entries(headers).find(([h]) => h.toLowerCase() === KEY_PARAM.toLowerCase())?.[1] || "";
  record(key, "rest", `${method} ${uri}`);
  return Promise.resolve({ ok: false, status: 599, statusText: "sdk-check stub", data: "{}", json: {}, headers: "{}" });
};
const sdk = sdkRequire("microsoft-cognitiveservices-speech-sdk");

let unhandled = 0;
process.on("unhandledRejection", () => {
  unhandled++;
});

// ---------------------------------------------------------------- probes

// A config is how the user builds the SDK's config: fromSubscription(key,
// region), fromEndpoint(URL, key) or fromHost(URL, key).
function makeConfig(cls, how, arg, key) {
  if (how === "fromSubscription") return cls.fromSubscription(key, arg);
  if (how === "fromEndpoint") return cls.fromEndpoint(new URL(arg), key);
  if (how === "fromHost") return cls.fromHost(new URL(arg), key);
  throw new Error(`unknown config ${how}`);
}

const ACTION_TIMEOUT_MS = 10000;

function withTimeout(p, what) {
  let t;
  return Promise.race([
    p,
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what}: no answer in ${ACTION_TIMEOUT_MS} ms`)), ACTION_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(t));
}

// The SDK actions. Each resolves once the SDK has given up on the stub.
const ACTIONS = {
  // SpeechRecognizer, continuous recognition: conversation mode.
  stt: (how, arg, key) => recognize(how, arg, key, "continuous"),
  // SpeechRecognizer.recognizeOnceAsync: interactive mode.
  stt_interactive: (how, arg, key) => recognize(how, arg, key, "once"),
  // SpeechConfig.enableDictation(), continuous: dictation mode.
  stt_dictation: (how, arg, key) => recognize(how, arg, key, "dictation"),
  // SpeechSynthesizer.speakTextAsync.
  tts: async (how, arg, key) => {
    const s = new sdk.SpeechSynthesizer(makeConfig(sdk.SpeechConfig, how, arg, key), null);
    await new Promise((resolve) => s.speakTextAsync("sdk check", () => resolve(), () => resolve()));
    s.close();
  },
  // SpeechSynthesizer.getVoicesAsync.
  voices: async (how, arg, key) => {
    const s = new sdk.SpeechSynthesizer(makeConfig(sdk.SpeechConfig, how, arg, key), null);
    try {
      await s.getVoicesAsync();
    } finally {
      s.close();
    }
  },
  // TranslationRecognizer.recognizeOnceAsync, default (v2) and with SPEECH-ForceV1Endpoint.
  translation: (how, arg, key) => translate(how, arg, key, false),
  translation_v1: (how, arg, key) => translate(how, arg, key, true),
};

function audio() {
  return sdk.AudioConfig.fromStreamInput(sdk.AudioInputStream.createPushStream());
}

async function recognize(how, arg, key, mode) {
  const cfg = makeConfig(sdk.SpeechConfig, how, arg, key);
  cfg.speechRecognitionLanguage = "en-US";
  if (mode === "dictation") cfg.enableDictation();
  const r = new sdk.SpeechRecognizer(cfg, audio());
  await new Promise((resolve) => {
    if (mode === "once") {
      r.recognizeOnceAsync(() => resolve(), () => resolve());
      return;
    }
    r.canceled = () => resolve();
    r.startContinuousRecognitionAsync(() => {}, () => resolve());
  });
  if (mode !== "once") await new Promise((resolve) => r.stopContinuousRecognitionAsync(resolve, resolve));
  r.close();
}

async function translate(how, arg, key, forceV1) {
  const cfg = makeConfig(sdk.SpeechTranslationConfig, how, arg, key);
  cfg.speechRecognitionLanguage = "en-US";
  cfg.addTargetLanguage("de");
  if (forceV1) cfg.setProperty("SPEECH-ForceV1Endpoint", "true");
  const r = new sdk.TranslationRecognizer(cfg, audio());
  await new Promise((resolve) => r.recognizeOnceAsync(() => resolve(), () => resolve()));
  r.close();
}

// A URL as compared: scheme, host and path, no query. Websocket URLs get the
// scheme the socket uses (the browser WebSocket and the ws package both turn
// http: into ws: and https: into wss:).
function normalize(url, websocket) {
  const u = new URL(url);
  let proto = u.protocol;
  if (websocket && proto === "https:") proto = "wss:";
  if (websocket && proto === "http:") proto = "ws:";
  return `${proto}//${u.host}${u.pathname}`;
}

const probeCache = new Map();
const probeLog = []; // every probe, for --observed and --report
const actionFailures = [];

// probe runs one SDK action on one config once and returns what it
// connected to: { url, raw, query, redirects } or { error }.
async function probe(action, how, arg) {
  const id = `${how}(${arg}).${action}`;
  if (probeCache.has(id)) return probeCache.get(id);
  const key = keyFor(++probeSeq);
  const sink = { ws: [], rest: [] };
  byKey.set(key, sink);
  currentFetches = [];
  const result = { id, action, how, arg };
  try {
    await withTimeout(ACTIONS[action](how, arg, key), id);
  } catch (e) {
    result.actionError = String(e?.message ?? e);
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  result.redirects = [...new Set(currentFetches)];
  currentFetches = null;
  const websocket = action !== "voices";
  const raws = websocket ? sink.ws : sink.rest.map((s) => s.replace(/^[A-Z]+ /, ""));
  const distinct = [...new Set(raws.map((u) => normalize(u, websocket)))];
  result.attempts = raws.length;
  if (distinct.length === 1) {
    result.url = distinct[0];
    result.raw = raws[0].split("?")[0];
    result.query = [...new URL(raws[0]).searchParams.keys()];
  } else {
    result.error = distinct.length === 0 ? "the stub saw no connection" : `more than one URL: ${distinct.join(" ")}`;
    actionFailures.push(`${id}: ${result.error}${result.actionError ? ` (${result.actionError})` : ""}`);
  }
  probeCache.set(id, result);
  probeLog.push(result);
  return result;
}

// ---------------------------------------------------------------- comparisons

// The provider's attributes and the SDK action each is compared with.
// stt_host and tts_host are compared with the origin of the SDK's URL.
const DIRECT = [
  { attr: "stt_websocket_endpoint", action: "stt" },
  { attr: "tts_websocket_endpoint", action: "tts" },
  { attr: "translation_websocket_endpoint", action: "translation" },
  // Compared when the dump has it (a planned attribute); region rows only:
  // with fromEndpoint the SDK ignores SPEECH-ForceV1Endpoint.
  { attr: "translation_v1_websocket_endpoint", action: "translation_v1", optional: true, kinds: ["region"] },
  { attr: "voices_endpoint", action: "voices" },
  { attr: "stt_host", action: "stt", origin: true, kinds: ["region"] },
  { attr: "tts_host", action: "voices", origin: true, kinds: ["region"] },
];

// The provider's outputs fed back to the SDK as the docs tell users, and
// the reference action whose URL they must reproduce.
const FED = [
  { how: "fromEndpoint", attr: "stt_websocket_endpoint", action: "stt", ref: "stt" },
  { how: "fromEndpoint", attr: "tts_websocket_endpoint", action: "tts", ref: "tts" },
  { how: "fromEndpoint", attr: "tts_websocket_endpoint", action: "voices", ref: "voices" },
  { how: "fromEndpoint", attr: "translation_websocket_endpoint", action: "translation", ref: "translation" },
  { how: "fromEndpoint", attr: "translation_v1_websocket_endpoint", action: "translation", ref: "translation_v1", optional: true, kinds: ["region"] },
  { how: "fromHost", attr: "stt_host", action: "stt", ref: "stt" },
  { how: "fromHost", attr: "stt_host", action: "translation", ref: "translation" },
  { how: "fromHost", attr: "tts_host", action: "tts", ref: "tts" },
  { how: "fromHost", attr: "tts_host", action: "voices", ref: "voices" },
];

// Observed only (printed with --observed, written with --report).
const OBSERVED = {
  region: [
    ["ref", "stt_interactive"],
    ["ref", "stt_dictation"],
    ["ref", "translation_v1"],
    ["resource", "stt"],
    ["resource", "tts"],
    ["resource", "translation"],
    ["resource", "voices"],
  ],
  custom_domain: [
    ["ref", "stt_interactive"],
    ["ref", "stt_dictation"],
    ["ref", "translation_v1"],
  ],
};

// Attributes every row must carry: a dump without them would compare nothing.
const REQUIRED = ["resource_endpoint", "stt_websocket_endpoint", "tts_websocket_endpoint", "translation_websocket_endpoint", "voices_endpoint", "stt_host", "tts_host"];

function refConfig(row) {
  if (row.kind === "region") return ["fromSubscription", row.region];
  const res = row.endpoints.resource_endpoint;
  if (!res) throw new Error(`${rowName(row)}: no resource_endpoint to configure the SDK with`);
  return ["fromEndpoint", res];
}

function rowName(row) {
  return row.kind === "region" ? `${row.cloud}/${row.region}` : `${row.cloud}/custom:${row.subdomain}`;
}

function origin(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

const NONE = "(none)";

// ---------------------------------------------------------------- explanations

function loadExplained(file) {
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  const list = doc.explained;
  if (!Array.isArray(list)) fail(`${file}: no "explained" list`);
  for (const e of list) {
    for (const f of ["id", "scenario", "value", "sdk", "reason"]) {
      if (typeof e[f] !== "string" || !e[f]) fail(`${file}: entry ${e.id ?? "?"} lacks "${f}"`);
    }
    e.used = 0;
  }
  return list;
}

// A pattern is a literal URL with {region}, {subdomain} and {cloud} taken
// from the row and * for any run of characters other than "/".
function patternMatches(pattern, value, row) {
  const esc = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  let re = "";
  for (const part of pattern.split(/(\{region\}|\{subdomain\}|\{cloud\}|\*)/)) {
    if (part === "*") re += "[^/]*";
    else if (part === "{region}") re += esc(row.region ?? "\u0000");
    else if (part === "{subdomain}") re += esc(row.subdomain ?? "\u0000");
    else if (part === "{cloud}") re += esc(row.cloud);
    else re += esc(part);
  }
  return new RegExp(`^${re}$`).test(value);
}

function explain(explained, d, row) {
  return explained.find(
    (e) =>
      e.scenario === d.scenario &&
      (!e.kinds || e.kinds.includes(row.kind)) &&
      (!e.clouds || e.clouds.includes(row.cloud)) &&
      patternMatches(e.value, d.value, row) &&
      patternMatches(e.sdk, d.sdk, row),
  );
}

// ---------------------------------------------------------------- main

async function main() {
  const dump = JSON.parse(fs.readFileSync(opts.dump, "utf8"));
  const rows = dump.rows;
  if (!Array.isArray(rows) || rows.length === 0) fail(`${opts.dump}: no rows`);
  const explained = loadExplained(opts.explained);

  const problems = [];
  for (const row of rows) {
    for (const a of REQUIRED) if (!(a in (row.endpoints || {}))) problems.push(`${rowName(row)}: the dump lacks ${a}`);
  }
  const clouds = new Set(rows.map((r) => r.cloud));
  for (const kind of ["region", "custom_domain"]) {
    const n = new Set(rows.filter((r) => r.kind === kind).map((r) => r.cloud)).size;
    if (n < clouds.size || n < 3) problems.push(`rows of kind ${kind} cover ${n} clouds, want all ${Math.max(clouds.size, 3)}`);
  }
  if (problems.length) {
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : "";
    fail(`the dump is not what check.mjs expects:\n  ${problems.slice(0, 10).join("\n  ")}${more}`);
  }

  // Canary: the stubs must see what the SDK's own source says it builds.
  const canary = await probe("stt", "fromSubscription", "westus");
  if (canary.url !== "wss://westus.stt.speech.microsoft.com/stt/speech/universal/v2") {
    fail(`canary: fromSubscription("westus") speech to text gave ${canary.url ?? canary.error}; the stubs or the SDK changed`);
  }

  const results = []; // every comparison
  const observed = []; // observed-only probes per row
  for (const row of rows) {
    const e = row.endpoints;
    const [how, arg] = refConfig(row);
    const ref = async (action) => probe(action, how, arg);
    // add records one comparison: value is the provider's output (direct)
    // or the URL the SDK built from it (fed back); want is the SDK's
    // reference probe.
    const add = (scenario, attr, value, want, extra = {}) => {
      let sdkUrl = NONE;
      if (want.url) sdkUrl = extra.originOnly ? origin(want.url) : want.url;
      const r = { row: rowName(row), kind: row.kind, cloud: row.cloud, scenario, attr, value: value ?? NONE, sdk: sdkUrl, sdkRedirects: want.redirects, ...extra.fed };
      const error = extra.error || want.error;
      if (error) {
        r.status = "error";
        r.note = error;
      } else if (r.value === r.sdk) {
        r.status = "equal";
      } else {
        const x = explain(explained, r, row);
        if (x) {
          x.used++;
          r.status = "explained";
          r.note = x.id;
        } else r.status = "unexplained";
      }
      results.push(r);
    };

    const refName = row.kind === "region" ? "fromSubscription" : "fromEndpoint(resource_endpoint)";
    for (const c of DIRECT) {
      if (c.kinds && !c.kinds.includes(row.kind)) continue;
      if (c.optional && !(c.attr in e)) continue;
      add(`${refName}.${c.action}`, c.attr, e[c.attr], await ref(c.action), { originOnly: !!c.origin });
    }
    for (const f of FED) {
      if (f.kinds && !f.kinds.includes(row.kind)) continue;
      if (!e[f.attr]) continue; // absent or null: nothing to feed back
      const got = await probe(f.action, f.how, e[f.attr]);
      add(`${f.how}(${f.attr}).${f.action}`, f.attr, got.url, await ref(f.ref), {
        error: got.error,
        fed: { input: e[f.attr], fedRaw: got.raw, fedQuery: got.query, fedRedirects: got.redirects },
      });
    }
    for (const [which, action] of OBSERVED[row.kind] || []) {
      let p;
      if (which === "ref") p = await ref(action);
      else if (e.resource_endpoint) p = await probe(action, "fromEndpoint", e.resource_endpoint);
      else continue;
      observed.push({ row: rowName(row), config: `${p.how}(${p.arg})`, action, url: p.url ?? p.error, raw: p.raw, query: p.query, redirects: p.redirects });
    }
  }

  // ------------------------------------------------------------ output
  const count = (s) => results.filter((r) => r.status === s).length;
  const bad = results.filter((r) => r.status === "unexplained" || r.status === "error");
  const shown = opts.all ? results : bad;
  if (shown.length) {
    console.log(opts.all ? "comparisons" : "unexplained differences");
    console.log("(value: the provider's output, or the URL the SDK built from it when fed back; sdk: the URL the SDK builds itself)");
    printTable(
      ["row", "scenario", "value", "sdk", "status"],
      shown.map((r) => [r.row, r.scenario, r.value, r.sdk, r.status === "explained" ? `explained: ${r.note}` : r.status === "error" ? `error: ${r.note}` : r.status]),
    );
    // One line per scenario and kind of row, with an example.
    const groups = new Map();
    for (const r of bad) {
      const k = `${r.scenario} [${r.kind}]`;
      if (!groups.has(k)) groups.set(k, { n: 0, clouds: new Set(), example: r });
      const g = groups.get(k);
      g.n++;
      g.clouds.add(r.cloud);
    }
    if (groups.size) {
      console.log("\nunexplained differences by scenario:");
      printTable(
        ["scenario", "rows", "clouds", "example value", "example sdk"],
        [...groups].map(([k, g]) => [k, g.n, [...g.clouds].join(","), g.example.value, g.example.sdk]),
      );
    }
  }
  const used = explained.filter((x) => x.used > 0);
  if (used.length) {
    console.log("\nexplained differences (scripts/sdkcheck/explained.json; --all lists them):");
    for (const x of used) console.log(`  ${String(x.used).padStart(4)}  ${x.id}`);
  }
  if (opts.observed) {
    console.log("\nobserved (not compared):");
    printTable(
      ["row", "config", "action", "url", "query parameters", "redirect probe"],
      observed.map((o) => [o.row, o.config, o.action, o.url, (o.query || []).join(","), (o.redirects || []).join(" ")]),
    );
  }
  const unused = explained.filter((x) => x.used === 0);
  for (const x of unused) console.log(`note: explanation ${x.id} matched no difference`);
  if (unhandled) console.log(`note: ${unhandled} SDK promise rejections nobody handled (the stubs' failures)`);
  if (stray.length) console.log(`note: ${stray.length} captures no probe claimed (e.g. ${stray[0]})`);
  const rowsN = rows.length;
  const probesN = probeLog.length;
  const connections = probeLog.reduce((n, p) => n + (p.attempts || 0), 0);
  console.log(
    `\nSDK ${sdkPkg.version}: rows ${rowsN}, SDK probes ${probesN} (${connections} connection attempts), URLs compared ${results.length}, ` +
      `equal ${count("equal")}, explained ${count("explained")}, unexplained ${count("unexplained")}, errors ${count("error")}`,
  );

  if (opts.report) {
    fs.writeFileSync(opts.report, JSON.stringify({ sdk: sdkPkg.version, results, observed, probes: probeLog }, null, 2) + "\n");
  }

  const fatal = [];
  if (results.length === 0) fatal.push("no URL was compared");
  if (connections === 0) fatal.push("the stubs never saw a connection");
  if (actionFailures.length) fatal.push(`SDK actions without exactly one URL:\n    ${actionFailures.join("\n    ")}`);
  if (blockedSockets.length) fatal.push(`the SDK tried to reach the network past the stubs: ${blockedSockets.slice(0, 5).join(", ")}`);
  if (count("unexplained") > 0) fatal.push(`${count("unexplained")} unexplained differences (fix the provider, or explain them in ${path.relative(process.cwd(), opts.explained)})`);
  if (count("error") > 0) fatal.push(`${count("error")} comparisons could not be made`);
  if (fatal.length) {
    console.error(`sdk-check: FAIL: ${fatal.join("; ")}`);
    process.exit(1);
  }
  console.log("sdk-check: OK");
  process.exit(0);
}

function printTable(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(w[i])).join(" | ").trimEnd();
  console.log(line(head));
  console.log(w.map((n) => "-".repeat(n)).join("-|-"));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(`sdk-check: ${e?.stack ?? e}`);
  process.exit(2);
});
