#ifndef WEEFSEL_CGRAPHVIZ_SHIM_H
#define WEEFSEL_CGRAPHVIZ_SHIM_H

// The Graphviz layout and rendering library (libgvc) and its graph library (libcgraph).
// WeefselMaps uses only a handful of calls: gvContext, agmemread, gvLayout, gvRenderData,
// gvFreeRenderData, gvFreeLayout, agclose and the cgraph error functions.
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Graphviz's "running as a server" switch: when it is set, Graphviz reads no file a graph names
// (images, shape files). The dot command sets it from the SERVER_NAME environment variable while
// parsing its arguments; a library user sets it directly. Exported by libgvc, not declared in its
// public headers.
extern char *HTTPServerEnVar;

/// Turns the switch on from SERVER_NAME, as the dot command does. Call under the Graphviz lock.
static inline void weefsel_graphviz_refuse_files(void) {
    HTTPServerEnVar = getenv("SERVER_NAME");
}

#endif
