// Users page (admins): list accounts; disable, enable, end sessions, lift sign-in waits, remove;
// set a new password; create an account. The server enforces roles and the password policy.
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  const session = await Amity.start("users");
  const status = document.getElementById("status");
  if (session.role !== "admin") {
    status.replaceChildren(notice("Only admins manage accounts.", "error"));
    document.querySelectorAll("main section").forEach((s) => (s.hidden = true));
    return;
  }

  function say(text, kind = "") {
    status.replaceChildren(notice(text, kind));
  }

  async function act(label, path, options) {
    try {
      await api(path, options);
      say(label);
      await load();
      return true;
    } catch (e) {
      if (e.status !== 401) say(e.message, "error");
      return false;
    }
  }

  function button(text, onClick, secondary = true) {
    const b = el("button", { type: "button", class: secondary ? "secondary" : "" }, text);
    b.addEventListener("click", onClick);
    return b;
  }

  function actions(u) {
    const name = encodeURIComponent(u.name);
    const base = "/api/v1/users/" + name;
    const post = { method: "POST", body: {} };
    const out = [];
    if (u.disabled) out.push(button("Enable", () => act("Enabled " + u.name + ".", base + "/enable", post)));
    else if (u.name !== session.user) out.push(button("Disable", () => act("Disabled " + u.name + "; its sessions ended.", base + "/disable", post)));
    out.push(button("End sessions", () => act("Ended the sessions of " + u.name + ".", base + "/revoke", post)));
    out.push(button("Lift sign-in waits", () => act("Lifted the sign-in waits of " + u.name + ".", base + "/unlock", post)));
    if (u.name !== session.user) {
      out.push(button("Remove", () => {
        if (confirm("Remove the account " + u.name + "? Its audit records stay.")) act("Removed " + u.name + ".", base, { method: "DELETE" });
      }));
    }
    return el("div", { class: "actions" }, out);
  }

  async function load() {
    const users = await api("/api/v1/users");
    document.getElementById("users").replaceChildren(users.length === 0 ? notice("No accounts.") : table([
      ["Name", (u) => u.name], ["Role", (u) => u.role], ["State", (u) => (u.disabled ? "disabled" : "enabled") + (u.singleUse ? ", one-time password" : "")],
      ["Created", (u) => String(u.createdAt).slice(0, 16).replace("T", " ") + " by " + u.createdBy], ["", actions],
    ], users));
    const select = document.getElementById("pw-user");
    select.replaceChildren(...users.map((u) => el("option", { value: u.name }, u.name)));
  }

  document.getElementById("password-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const user = document.getElementById("pw-user").value;
    const pw = document.getElementById("pw-new");
    const again = document.getElementById("pw-again");
    if (pw.value !== again.value) return say("The two passwords differ.", "error");
    await act("New password set for " + user + "; its sessions ended.", "/api/v1/users/" + encodeURIComponent(user) + "/password", { method: "POST", body: { password: pw.value } });
    pw.value = "";
    again.value = "";
  });

  document.getElementById("add-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const name = document.getElementById("add-name");
    const password = document.getElementById("add-password");
    const created = await act("Created " + name.value + ".", "/api/v1/users", { method: "POST", body: { name: name.value, role: document.getElementById("add-role").value, password: password.value } });
    password.value = "";
    if (created) name.value = "";
  });

  await load();
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load: " + e.message, "error"));
});
