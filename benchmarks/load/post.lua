-- wrk script: POST one company's facts (file in BODY) to /api/v1/diagnoses with the Authorization header in
-- AUTHORIZATION ("Basic ..." or "Bearer ...").
-- Each connection waits a random 0..2*INTERVAL_MS (mean INTERVAL_MS) before each request it sends, so that the
-- connections do not fire in step: the offered rate is about connections * 1000 / (INTERVAL_MS + latency);
-- run.sh reports the rate achieved.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")

local interval = tonumber(os.getenv("INTERVAL_MS") or "0")

math.randomseed(os.time() + math.floor(os.clock() * 1e6))

function delay()
  return math.random(0, 2 * interval)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d; errors: connect %d, read %d, write %d, non-2xx %d, timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency_ms p50 %.1f p90 %.1f p99 %.1f max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("throughput_rps %.2f\n", summary.requests / (summary.duration / 1e6)))
end
