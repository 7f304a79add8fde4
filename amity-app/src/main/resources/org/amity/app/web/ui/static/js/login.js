"use strict";
document.getElementById("login").addEventListener("submit", async (e) => {
  e.preventDefault();
  const message = document.getElementById("message");
  message.textContent = "";
  const res = await fetch("/api/v1/session", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ user: document.getElementById("user").value, password: document.getElementById("password").value }),
  });
  if (res.ok) {
    const next = new URLSearchParams(location.search).get("next");
    location.href = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
    return;
  }
  const problem = await res.json().catch(() => ({}));
  message.className = "notice error";
  message.textContent = problem.detail || "sign-in failed (HTTP " + res.status + ")";
});
