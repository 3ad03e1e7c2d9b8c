-- wrk script for the service section of `make bench`: ego-network reads of many different persons,
-- signed in with a bearer token, as one worker of a team would make them.
-- Usage: wrk ... -s ego_reads.lua URL -- PATHS_FILE TOKEN
-- PATHS_FILE holds one request path per line; each wrk thread walks the list from its own offset.

local paths = {}
local token = ""
local next_index = 1

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then paths[#paths + 1] = line end
    end
    token = args[2]
    -- Threads start at different places in the list so they ask for different persons.
    next_index = ((thread_number or 1) - 1) * 7919 % #paths + 1
end

function setup(thread)
    thread_count = (thread_count or 0) + 1
    thread:set("thread_number", thread_count)
end

function request()
    local path = paths[next_index]
    next_index = next_index % #paths + 1
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

-- One JSON line for the benchmark to read: counts, errors and latency percentiles in microseconds.
function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        '{"requests": %d, "duration_us": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, ' ..
        '"status_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d}\n',
        summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status,
        errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
