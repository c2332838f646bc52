// The on-device page: live values, a chart of the last 10 s, threshold
// editing, auto-thresholds and Wi-Fi set-up. Plain HTML + JS, no external
// resources (the AP has no Internet). Talks to the JSON API of web_api.h.
#pragma once

namespace fw {

static const char kIndexHtml[] = R"HTML(<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>BatteryLab node</title>
<style>
body{font-family:sans-serif;margin:1em;max-width:40em}
#status{font-size:1.6em;font-weight:bold;padding:.3em;border-radius:.2em;color:#fff}
.NORMAL{background:#2a2}.WARNING{background:#d90}.DANGER{background:#c22}
table{border-collapse:collapse}td{padding:.15em .6em}input{width:6em}
canvas{border:1px solid #ccc;width:100%;height:180px}
</style></head><body>
<h1>BatteryLab node <span id="id"></span></h1>
<div id="status">...</div>
<p id="info"></p>
<canvas id="chart" width="600" height="180"></canvas>
<p>red: cell (internal) &deg;C, blue: ambient &deg;C, last 10 s</p>
<h2>Values and thresholds</h2>
<form id="thr"><table id="values"></table><button>Save thresholds</button></form>
<h2>Auto-thresholds from the last 10 s</h2>
<p><select id="mode"><option value="max">max</option><option value="mean">mean</option></select>
plus <input id="margin" value="20"> % <button id="auto">Apply</button></p>
<h2>Wi-Fi</h2>
<form id="wifi">SSID <input id="ssid"> password <input id="pw" type="password"> <button>Connect</button></form>
<p id="msg"></p>
<script>
const keys=["temp_internal_c","temp_ambient_c","humidity_percent","mq2_ppm","mq4_ppm","mq7_ppm","mq8_ppm",
"voc_index","max30105_smoke","max30105_temp_c"];
let built=false;
function post(url,body){return fetch(url,{method:"POST",headers:{"Content-Type":"application/json"},
 body:JSON.stringify(body)}).then(r=>r.text()).then(t=>{document.getElementById("msg").textContent=t;});}
function build(d){const t=document.getElementById("values");
 t.innerHTML="<tr><th>channel</th><th>now</th><th>threshold</th></tr>"+keys.map(k=>
 `<tr><td>${k}</td><td id="v_${k}"></td>`+
 `<td><input id="t_${k}" value="${d.thresholds[k]}"></td></tr>`).join("");built=true;}
function draw(h){const c=document.getElementById("chart"),g=c.getContext("2d");g.clearRect(0,0,c.width,c.height);
 const vals=h.flatMap(s=>[s.temp_internal_c,s.temp_ambient_c]).filter(v=>v!==null);if(!vals.length)return;
 let lo=Math.min(...vals)-1,hi=Math.max(...vals)+1;
 [["temp_internal_c","#c22"],["temp_ambient_c","#22c"]].forEach(([k,col])=>{g.strokeStyle=col;g.beginPath();
 h.forEach((s,i)=>{if(s[k]===null)return;const x=i*(c.width-1)/Math.max(1,h.length-1),
 y=c.height-(s[k]-lo)/(hi-lo)*c.height;i?g.lineTo(x,y):g.moveTo(x,y);});g.stroke();});
 g.fillStyle="#000";g.fillText(hi.toFixed(1),2,10);g.fillText(lo.toFixed(1),2,c.height-2);}
function refresh(){fetch("/api/live").then(r=>r.json()).then(d=>{
 if(!built)build(d);document.getElementById("id").textContent=d.device_id;
 const s=document.getElementById("status");s.textContent=d.status+(d.override!="NONE"?" (cloud: "+d.override+")":"");
 s.className=d.status;document.getElementById("info").textContent=
 `local rule: ${d.local} | IP ${d.ip} | MQTT ${d.mqtt} | set-up AP ${d.ap}`;
 const last=d.history[d.history.length-1]||{};keys.forEach(k=>{const v=last[k];
 document.getElementById("v_"+k).textContent=v===null||v===undefined?"--":v;});draw(d.history);}).catch(()=>{});}
document.getElementById("thr").onsubmit=e=>{e.preventDefault();const b={};
 keys.forEach(k=>b[k]=document.getElementById("t_"+k).value);post("/api/thresholds",b).then(()=>{built=false;});};
document.getElementById("auto").onclick=()=>post("/api/thresholds/auto",{mode:document.getElementById("mode").value,
 margin_percent:document.getElementById("margin").value}).then(()=>{built=false;});
document.getElementById("wifi").onsubmit=e=>{e.preventDefault();post("/api/wifi",
 {ssid:document.getElementById("ssid").value,password:document.getElementById("pw").value});};
refresh();setInterval(refresh,1000);
</script></body></html>
)HTML";

}  // namespace fw
