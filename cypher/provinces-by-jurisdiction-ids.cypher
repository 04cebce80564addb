// name: provinces-by-jurisdiction-ids
// The province each jurisdiction lies in (itself when it is one), for "same province" inference.
UNWIND $ids AS id
MATCH (j:Jurisdiction {id: id})
OPTIONAL MATCH (j)-[:WITHIN*0..]->(p:Jurisdiction {level: 'province'})
RETURN id, head(collect(p.id)) AS provinceId
