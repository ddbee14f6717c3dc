import fs from 'node:fs';
const G='../shared/geodata/';
const rd=(f)=>JSON.parse(fs.readFileSync(G+f,'utf8'));
function comps(file, filter=()=>true){
  const fc=rd(file); const parent=new Map(); const find=(k)=>{while(parent.get(k)!==k)k=parent.get(k);return k};
  const add=k=>{if(!parent.has(k))parent.set(k,k)};
  let n=0;
  for(const f of fc.features.filter(filter)){ const parts=f.geometry.type==='LineString'?[f.geometry.coordinates]:f.geometry.coordinates;
    for(const p of parts){ for(let i=0;i<p.length;i++){const k=p[i][0].toFixed(6)+','+p[i][1].toFixed(6); add(k); if(i>0){const a=find(k), b=find(p[i-1][0].toFixed(6)+','+p[i-1][1].toFixed(6)); parent.set(a,b);} }}
    n++;}
  const sizes=new Map(); for(const k of parent.keys()){const r=find(k); sizes.set(r,(sizes.get(r)||0)+1)}
  console.log(file, n, 'features', parent.size,'nodes', [...sizes.values()].sort((a,b)=>b-a).slice(0,10));
}
comps('roads/roads-osm-a35-n35.wgs84.geojson');
comps('water/waterways-osm-a35-n35.wgs84.geojson');
comps('rail/rail-routes-gtfs-nl.wgs84.geojson');
const r=rd('roads/roads-osm-a35-n35.wgs84.geojson'); const c={}; for(const f of r.features){c[f.properties.highway]=(c[f.properties.highway]||0)+1} console.log(c);
const w=rd('water/waterways-osm-a35-n35.wgs84.geojson'); console.log(w.features.map(f=>f.properties.name+'|'+f.properties.waterway+'|'+(f.properties.lock||'')).join('\n'));
const j=rd('roads/junctions-osm-a35-n35.wgs84.geojson'); console.log(j.features.slice(0,5).map(f=>JSON.stringify(f.properties)));
const s=rd('rail/rail-stations-rdt-2023-09.wgs84.geojson'); console.log(s.features.slice(0,3).map(f=>JSON.stringify(f.properties)));
const rr=rd('rail/rail-routes-gtfs-nl.wgs84.geojson'); console.log(rr.features.slice(0,3).map(f=>JSON.stringify(f.properties)+f.geometry.type));
