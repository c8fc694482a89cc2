-- wrk script for Benchmarks/run.sh. One script for every scenario, configured by environment:
--   BENCH_COOKIE     Cookie header to send (visitor cookie, or the staff session), optional
--   BENCH_ORIGIN     Origin header for POSTs (same origin as the server), optional
--   BENCH_POST       "1": POST the public feedback form (scenario b); otherwise GET the URL given to wrk
--   BENCH_CSRF       the form's _csrf token (scenario b)
--   BENCH_MARKER     the name each POST leaves, so the rows of one run can be counted (scenario b)
--   BENCH_FORWARDED  "1": each POST comes from its own visitor address (X-Forwarded-For, 198.18.0.0/15)
--   BENCH_FORWARDED_BASE  first address index to use, so runs do not reuse each other's addresses
--   BENCH_REFS_FILE  where done() writes the references the answered POSTs were given (scenario b)
-- done() prints one line "BENCH-RESULT {json}" with exact figures; run.sh reads only that line.

local cookie = os.getenv("BENCH_COOKIE") or ""
local origin = os.getenv("BENCH_ORIGIN") or ""
local posting = os.getenv("BENCH_POST") == "1"
local csrf = os.getenv("BENCH_CSRF") or ""
local marker = os.getenv("BENCH_MARKER") or "bench"
local forwarded = os.getenv("BENCH_FORWARDED") == "1"
local forwardedBase = tonumber(os.getenv("BENCH_FORWARDED_BASE") or "0") or 0
local refsFile = os.getenv("BENCH_REFS_FILE") or ""

if cookie ~= "" then wrk.headers["Cookie"] = cookie end

local function urlencode(s)
   return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Suggestions such as visitors leave: short Arabic paragraphs.
local texts = {
   "أقترح تمديد ساعات استقبال الطلبات في الفرع إلى ما بعد صلاة العصر، فكثير من الأسر لا تستطيع الحضور صباحاً.",
   "شكراً لكم على سرعة الرد. أتمنى إضافة خدمة تذكير برسالة نصية قبل موعد استلام السلة الغذائية بيوم.",
   "أقترح أن تكون قائمة المستندات المطلوبة لطلب كفالة الأيتام واضحة في صفحة الخدمة حتى لا نراجع الفرع مرتين.",
   "المكان المخصص للانتظار في الفرع ضيق في أيام التوزيع، نقترح تنظيم المواعيد حسب الحي أو حسب الحرف الأول من الاسم.",
   "أرجو إتاحة رفع الصور من الجوال مباشرة عند تقديم الطلب، فالماسح الضوئي غير متوفر لدى أغلب الأسر.",
   "نقترح توفير موظفة لاستقبال النساء في قسم الخدمات الاجتماعية، وتخصيص يوم في الأسبوع للأرامل وكبيرات السن.",
   "أشكر فريق الباحثين على الزيارة المنزلية، وأقترح إبلاغنا بموعدها قبل يومين على الأقل.",
   "نتمنى إضافة خيار الترجمة إلى الأردية والإنجليزية في صفحة الخدمات للمقيمين المستفيدين من برامج الجمعية.",
}
local encodedTexts = {}
for i, t in ipairs(texts) do encodedTexts[i] = urlencode(t) end
local encodedMarker = urlencode(marker)

-- Per thread (each thread has its own Lua state).
local threadIndex = 0
local threadCount = 1
local counter = 0
refs = {}
answered = 0

function setup(thread)
   thread:set("threadIndexFromSetup", threadSetupCount or 0)
   threadSetupCount = (threadSetupCount or 0) + 1
   threads = threads or {}
   table.insert(threads, thread)
end

function init(args)
   threadIndex = threadIndexFromSetup or 0
   threadCount = tonumber(os.getenv("BENCH_THREADS") or "1") or 1
end

if posting then
   request = function()
      counter = counter + 1
      -- Each POST is a new form, as a tab that reloads the form between posts would send: its own
      -- idempotency key (a well-formed UUID from the run's base, the thread and the counter).
      local submission = string.format("%08x-%04x-4000-8000-%012x", forwardedBase, threadIndex, counter)
      local body = "kind=suggestion&text=" .. encodedTexts[(counter % #encodedTexts) + 1]
         .. "&name=" .. encodedMarker .. "&phone=&_csrf=" .. csrf .. "&_submission=" .. submission
      local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
      if cookie ~= "" then headers["Cookie"] = cookie end
      if origin ~= "" then headers["Origin"] = origin end
      if forwarded then
         -- 198.18.0.0/15 is reserved for benchmarks (RFC 2544): 131 072 addresses, one per POST.
         local n = (forwardedBase + (counter - 1) * threadCount + threadIndex) % 131072
         headers["X-Forwarded-For"] = string.format("198.%d.%d.%d", 18 + math.floor(n / 65536), math.floor(n / 256) % 256, n % 256)
      end
      return wrk.format("POST", "/feedback", headers, body)
   end

   response = function(status, headers, body)
      if status == 303 or status == 302 then
         local location = headers["Location"] or headers["location"] or ""
         local reference = string.match(location, "[?&]sent=([^&]+)")
         answered = answered + 1
         refs[#refs + 1] = reference or "?"
      end
   end
end

local function jsonString(s)
   return '"' .. string.gsub(tostring(s), '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
   local e = summary.errors
   local fields = {
      "\"requests\":" .. summary.requests,
      "\"duration_us\":" .. summary.duration,
      "\"bytes\":" .. summary.bytes,
      "\"p50_us\":" .. latency:percentile(50),
      "\"p90_us\":" .. latency:percentile(90),
      "\"p99_us\":" .. latency:percentile(99),
      "\"max_us\":" .. latency.max,
      "\"mean_us\":" .. latency.mean,
      "\"status_errors\":" .. e.status,
      "\"connect_errors\":" .. e.connect,
      "\"read_errors\":" .. e.read,
      "\"write_errors\":" .. e.write,
      "\"timeouts\":" .. e.timeout,
   }
   if posting then
      local total = 0
      local out = nil
      if refsFile ~= "" then out = io.open(refsFile, "w") end
      for _, thread in ipairs(threads or {}) do
         total = total + (thread:get("answered") or 0)
         local list = thread:get("refs") or {}
         if out then for _, r in ipairs(list) do out:write(r, "\n") end end
      end
      if out then out:close() end
      fields[#fields + 1] = "\"answered_redirects\":" .. total
   end
   io.write("BENCH-RESULT {" .. table.concat(fields, ",") .. "}\n")
end
