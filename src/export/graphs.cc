// GraphML (graphml.graphdrawing.org) and GEXF 1.2 (gexf.net) writers of the entity networks.
// Both give one directed graph: entities are nodes, each edge carries its network ("co-mention",
// "quote", "event"), weight, CAMEO code and label (event edges) and first and last dates.
#include <string>

#include "dossier/export.h"
#include "export/common.h"

namespace dossier {
namespace {

using exports::NetworkEdge;

std::string escaped(std::string_view text) {
  std::string out;
  exports::xml_escape(text, out);
  return out;
}

// Entities with at least one edge, plus every entity named more than once: a lone entity with
// one mention would only crowd the layout.
std::vector<bool> kept_nodes(const Dossier& dossier, const std::vector<NetworkEdge>& edges) {
  std::vector<bool> keep(dossier.entities.size());
  for (size_t e = 0; e < dossier.entities.size(); ++e) keep[e] = dossier.entities[e].mentions.size() > 1;
  for (const NetworkEdge& edge : edges) keep[edge.source] = keep[edge.target] = true;
  return keep;
}

void graphml_data(std::ostream& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out << "      <data key=\"" << key << "\">" << escaped(value) << "</data>\n";
}

void gexf_value(std::ostream& out, int attribute, std::string_view value) {
  if (value.empty()) return;
  out << "          <attvalue for=\"" << attribute << "\" value=\"" << escaped(value) << "\"/>\n";
}

}  // namespace

void write_graphml(const Dossier& dossier, std::ostream& out) {
  const auto edges = exports::entity_networks(dossier);
  const auto keep = kept_nodes(dossier, edges);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
         "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
         "  <key id=\"network\" for=\"edge\" attr.name=\"network\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"code\" for=\"edge\" attr.name=\"code\" attr.type=\"string\"/>\n"
         "  <key id=\"cameo\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"first_date\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
         "  <key id=\"last_date\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
         "  <graph id=\"dossier\" edgedefault=\"directed\">\n";
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    if (!keep[e]) continue;
    const Entity& entity = dossier.entities[e];
    out << "    <node id=\"" << escaped(entity.id) << "\">\n";
    graphml_data(out, "label", entity.name);
    graphml_data(out, "type", to_string(entity.type));
    graphml_data(out, "country", entity.country);
    graphml_data(out, "mentions", std::to_string(entity.mentions.size()));
    out << "    </node>\n";
  }
  size_t next = 0;
  for (const NetworkEdge& edge : edges) {
    out << "    <edge id=\"e" << next++ << "\" source=\"" << escaped(dossier.entities[edge.source].id)
        << "\" target=\"" << escaped(dossier.entities[edge.target].id) << "\">\n";
    graphml_data(out, "network", edge.network);
    graphml_data(out, "weight", std::to_string(edge.weight));
    graphml_data(out, "code", edge.code);
    graphml_data(out, "cameo", edge.label);
    graphml_data(out, "first_date", edge.first_date);
    graphml_data(out, "last_date", edge.last_date);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

// Edges carry start and end (their first and last dates), so Gephi's timeline can play them.
void write_gexf(const Dossier& dossier, std::ostream& out) {
  const auto edges = exports::entity_networks(dossier);
  const auto keep = kept_nodes(dossier, edges);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"country\" type=\"string\"/>\n"
         "      <attribute id=\"2\" title=\"mentions\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"0\" title=\"network\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"code\" type=\"string\"/>\n"
         "      <attribute id=\"2\" title=\"cameo\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    if (!keep[e]) continue;
    const Entity& entity = dossier.entities[e];
    out << "      <node id=\"" << escaped(entity.id) << "\" label=\"" << escaped(entity.name)
        << "\">\n        <attvalues>\n";
    gexf_value(out, 0, to_string(entity.type));
    gexf_value(out, 1, entity.country);
    gexf_value(out, 2, std::to_string(entity.mentions.size()));
    out << "        </attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  size_t next = 0;
  for (const NetworkEdge& edge : edges) {
    out << "      <edge id=\"e" << next++ << "\" source=\""
        << escaped(dossier.entities[edge.source].id) << "\" target=\""
        << escaped(dossier.entities[edge.target].id) << "\" weight=\"" << edge.weight << "\"";
    if (!edge.first_date.empty()) {
      out << " start=\"" << edge.first_date << "\" end=\"" << edge.last_date << "\"";
    }
    out << ">\n        <attvalues>\n";
    gexf_value(out, 0, edge.network);
    gexf_value(out, 1, edge.code);
    gexf_value(out, 2, edge.label);
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace dossier
