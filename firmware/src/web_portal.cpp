#include "web_portal.h"

#include <Arduino.h>
#include <WebServer.h>

#include "web_page.h"

namespace fw {

namespace {

WebServer server(80);
PortalHandlers* h = nullptr;

void sendText(int code, const std::string& text) { server.send(code, "text/plain", text.c_str()); }

}  // namespace

void WebPortal::begin(PortalHandlers handlers) {
    handlers_ = std::move(handlers);
    h = &handlers_;

    server.on("/", HTTP_GET, [] { server.send(200, "text/html", kIndexHtml); });
    server.on("/api/live", HTTP_GET, [] { server.send(200, "application/json", btr::buildLiveJson(h->live()).c_str()); });
    server.on("/api/thresholds", HTTP_POST, [] {
        const String body = server.arg("plain");
        const btr::ThresholdLoad edit = btr::parseThresholds(body.c_str(), body.length(), h->currentThresholds());
        sendText(200, h->saveThresholds(edit));
    });
    server.on("/api/thresholds/auto", HTTP_POST, [] {
        const String body = server.arg("plain");
        btr::AutoThresholdOptions options;
        if (!btr::parseAutoThresholdRequest(body.c_str(), body.length(), options)) {
            sendText(400, "need {\"mode\":\"mean\"|\"max\",\"margin_percent\":0..500}");
            return;
        }
        sendText(200, h->autoThresholds(options));
    });
    server.on("/api/wifi", HTTP_POST, [] {
        const String body = server.arg("plain");
        btr::WifiRequest request;
        if (!btr::parseWifiRequest(body.c_str(), body.length(), request)) {
            sendText(400, "need an SSID (1-32 characters) and a password of 8-63 characters or none");
            return;
        }
        sendText(200, h->setWifi(request));
    });
    // Captive portal: phones probe various URLs; send them all to the page.
    server.onNotFound([] {
        server.sendHeader("Location", "/", true);
        server.send(302, "text/plain", "");
    });
    server.begin();
}

void WebPortal::service() { server.handleClient(); }

}  // namespace fw
