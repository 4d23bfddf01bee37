package org.trustmap.rules;

import java.util.List;

/**
 * One place where the data breaks a rule.
 *
 * @param record      the record at fault: a node's id, or for a relation the id of the node it starts from
 * @param relation    for a relation, its type (null for a node)
 * @param target      for a relation, the id of the node it leads to
 * @param field       the field at fault (validFrom, validTo)
 * @param conflicting the records it conflicts with
 * @param message     what is wrong, naming the conflicting records; the same wherever the rule is checked
 */
public record Violation(Rule rule, String record, String relation, String target, String field,
        List<String> conflicting, String message) {
}
