# usage: python3 wd.py BASE USER PASS out_prefix path1 [path2 ...]
# drives chromedriver (WebDriver): signs in, then for each path: screenshot + rendered DOM text
import json, sys, time, base64, urllib.request, subprocess, os
WD = "http://127.0.0.1:9561"
def call(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(WD + url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]
base, user, pw, prefix = sys.argv[1:5]
paths = sys.argv[5:]
w, h = int(os.environ.get("W", "1400")), int(os.environ.get("H", "2000"))
caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={w},{h}"]}}}}
sess = call("POST", "/session", caps)["sessionId"]
S = f"/session/{sess}"
try:
    call("POST", S + "/url", {"url": base + "/login.html"})
    call("POST", S + "/execute/sync", {"script": """
      return fetch('/api/v1/session', {method:'POST', headers:{'Content-Type':'application/json'}, credentials:'same-origin',
        body: JSON.stringify({user: arguments[0], password: arguments[1]})}).then(r => r.status)""", "args": [user, pw]})
    for i, p in enumerate(paths):
        call("POST", S + "/url", {"url": base + p})
        time.sleep(float(os.environ.get("WAIT", "4")))
        name = f"{prefix}{i:02d}"
        png = call("GET", S + "/screenshot")
        open(name + ".png", "wb").write(base64.b64decode(png))
        txt = call("POST", S + "/execute/sync", {"script": "return document.body.innerText", "args": []})
        open(name + ".txt", "w").write(p + "\n" + txt)
        html = call("POST", S + "/execute/sync", {"script": "return document.documentElement.outerHTML", "args": []})
        open(name + ".html", "w").write(html)
        logs = call("POST", S + "/execute/sync", {"script": "return (window.__errs||[]).join('\\n')", "args": []})
        print(name, p, len(txt))
finally:
    call("DELETE", S)
