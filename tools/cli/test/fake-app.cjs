// A stand-in for an application (or the broker) in the CLI parts' tests: an HTTP server on
// 127.0.0.1 that answers 200 on /q/health/ready (404 elsewhere). Its arguments are not read: they
// carry the marker the tests look for on its command line (see pid_alive). Behaviour, from the
// environment:
//   FAKE_PORT (else QUARKUS_HTTP_PORT)  the port
//   FAKE_LISTEN_AFTER_MS  open the port after this many ms (default 0; -1: never)
//   FAKE_EXIT_AFTER_MS    exit (status 3) after this many ms (default: run until signalled)
//   FAKE_ON_TERM          on SIGTERM: "exit" (default) at once; "slow:MS" close the port at once
//                         and exit MS later (a JVM writing its AOT cache); "ignore"
"use strict";
const http = require("node:http");

const env = process.env;
const port = Number(env.FAKE_PORT || env.QUARKUS_HTTP_PORT);
const listenAfter = Number(env.FAKE_LISTEN_AFTER_MS || 0);
const exitAfter = env.FAKE_EXIT_AFTER_MS === undefined ? -1 : Number(env.FAKE_EXIT_AFTER_MS);
const onTerm = env.FAKE_ON_TERM || "exit";
if (!port) {
  console.error("fake-app: FAKE_PORT or QUARKUS_HTTP_PORT is needed");
  process.exit(2);
}

const server = http.createServer((req, res) => {
  res.writeHead(req.url === "/q/health/ready" ? 200 : 404, { "content-type": "text/plain", connection: "close" });
  res.end(req.url === "/q/health/ready" ? "UP\n" : "not here\n");
});
let listening = false;
const listen = () => {
  server.listen(port, "127.0.0.1", () => {
    listening = true;
    console.log(`fake-app: ready on 127.0.0.1:${port}`);
  });
};
if (listenAfter === 0) listen();
else if (listenAfter > 0) setTimeout(listen, listenAfter);

const keepAlive = setInterval(() => {}, 1 << 30);
if (exitAfter >= 0) {
  setTimeout(() => {
    console.log("fake-app: exiting on its own");
    process.exit(3);
  }, exitAfter);
}

process.on("SIGTERM", () => {
  console.log(`fake-app: SIGTERM (${onTerm})`);
  if (onTerm === "ignore") return;
  if (listening) server.close();
  server.closeAllConnections?.();
  const ms = onTerm.startsWith("slow:") ? Number(onTerm.slice(5)) : 0;
  setTimeout(() => {
    clearInterval(keepAlive);
    process.exit(0);
  }, ms);
});
