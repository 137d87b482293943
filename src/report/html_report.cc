// The self-contained HTML report.
#include <ostream>
#include <string_view>

#include "dossier/version.h"
#include "dossier/writers.h"

namespace dossier {
namespace {

void escape(std::ostream& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '<': out << "&lt;"; break;
      case '>': out << "&gt;"; break;
      case '&': out << "&amp;"; break;
      case '"': out << "&quot;"; break;
      default: out.put(c);
    }
  }
}

}  // namespace

void write_html(const Dossier& dossier, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dossier</title>"
         "</head><body><h1>Dossier</h1>\n";
  for (const Document& doc : dossier.documents) {
    out << "<article><h2>";
    escape(out, doc.meta.title.empty() ? doc.id : doc.meta.title);
    out << "</h2><pre>";
    escape(out, doc.text);
    out << "</pre></article>\n";
  }
  out << "<footer>dossier " << version() << "</footer></body></html>\n";
}

}  // namespace dossier
