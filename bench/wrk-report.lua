-- Prints one machine-readable line after a wrk run: requests, seconds, latency percentiles in ms, errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.2f p50=%.1f p95=%.1f p99=%.1f max=%.1f socket_errors=%d non2xx=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end
