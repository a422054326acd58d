// An export's status page while the file is being written: every few seconds it asks the same page again and
// puts the new status in place (a role="status" region, so that a screen reader hears the change), until the
// export has ended. Without scripts, the page's "Check again" link does the same.
(function () {
    "use strict";
    var region = document.getElementById("export-status");
    if (!region || !region.hasAttribute("data-waiting") || !window.fetch || !window.DOMParser) {
        return;
    }
    var seconds = Number(region.getAttribute("data-refresh")) || 3;

    function check() {
        fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
            .then(function (response) {
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("export-status");
                if (!fresh) {
                    return;
                }
                if (fresh.innerHTML !== region.innerHTML) {
                    region.innerHTML = fresh.innerHTML;
                }
                if (fresh.hasAttribute("data-waiting")) {
                    window.setTimeout(check, seconds * 1000);
                } else {
                    region.removeAttribute("data-waiting");
                }
            })
            .catch(function () {
                window.setTimeout(check, seconds * 4000); // a server that did not answer: ask again, less often
            });
    }
    window.setTimeout(check, seconds * 1000);
})();
