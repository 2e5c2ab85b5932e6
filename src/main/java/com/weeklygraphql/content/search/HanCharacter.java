package com.weeklygraphql.content.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;

/**
 * One Han character on its own. The index holds Han text as bigrams only (single characters would add a
 * token per character for the rare query of one), so a character is found in the tokens that hold it: itself
 * where it stands alone, every bigram it starts and every bigram it ends. Exactly the items holding it.
 */
final class HanCharacter {

    private HanCharacter() {
    }

    static Query anyTokenHolding(String field, String character) {
        return new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(field, character)), Occur.SHOULD)
                .add(new AutomatonQuery(new Term(field, "*" + character),
                        Operations.concatenate(List.of(Automata.makeAnyChar(), Automata.makeString(character)))),
                        Occur.SHOULD)
                .build();
    }
}
