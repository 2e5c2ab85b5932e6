/**
 * The content index: one Lucene index under the data dir holding every content file's parse result and one
 * document per served item (issue, question, release, event, reading) with the fields that lists, filters and
 * search ask for. It is changed per commit by the files a tree diff names, and every snapshot reads it through
 * a near-real-time reader of its own, so unchanged segments are shared between snapshots and a query sees one
 * commit from start to end. Its last commit is what a restart serves before fetching.
 */
package com.weeklygraphql.content.index;
