// The five outcomes of Every Child Matters that every Children's Trust works to (seeds 002, 004).
// Reference data shared by all authorities, so it belongs to no import.
MERGE (o:Entity:Outcome {id: 'outcome:be-healthy'}) SET o.name = 'Be healthy', o.position = 1;
MERGE (o:Entity:Outcome {id: 'outcome:stay-safe'}) SET o.name = 'Stay safe', o.position = 2;
MERGE (o:Entity:Outcome {id: 'outcome:enjoy-and-achieve'}) SET o.name = 'Enjoy and achieve', o.position = 3;
MERGE (o:Entity:Outcome {id: 'outcome:make-a-positive-contribution'})
SET o.name = 'Make a positive contribution', o.position = 4;
MERGE (o:Entity:Outcome {id: 'outcome:achieve-economic-well-being'})
SET o.name = 'Achieve economic well-being', o.position = 5;
