import json, sys, time, base64, urllib.request
WD = "http://127.0.0.1:9561"
def call(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(WD + url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r: return json.loads(r.read())["value"]
base, path, out = sys.argv[1:4]
caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--window-size=1400,1100"]}}}}
s = call("POST", "/session", caps)["sessionId"]; S = f"/session/{s}"
try:
    call("POST", S + "/url", {"url": base + "/login.html"})
    call("POST", S + "/execute/sync", {"script": "return fetch('/api/v1/session',{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({user:'auditor',password:'Quartz-river-7731-lantern'})}).then(r=>r.status)", "args": []})
    call("POST", S + "/url", {"url": base + path}); time.sleep(6)
    call("POST", S + "/execute/sync", {"script": "document.getElementById('places-map').scrollIntoView(); window.scrollBy(0,-60); return 1", "args": []})
    time.sleep(1)
    open(out, "wb").write(base64.b64decode(call("GET", S + "/screenshot")))
finally: call("DELETE", S)
