// A tiny program built against the installed library: analyses one article and prints the JSON.
// Exits 0 when the article's people were found, 1 otherwise, 3 when the models cannot be loaded.
#include <dossier/dossier.h>

#include <iostream>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  dossier::PipelineOptions options;
  if (argc > 1) options.models_dir = argv[1];
  options.threads = 1;
  try {
    const dossier::Pipeline pipeline(options);
    dossier::Document article;
    article.id = "harbour";
    article.text =
        "Harbour strike ends\n\nDockworkers in Porto Velha voted on Sunday to end a nine-day "
        "strike, union leader Marta Quist said.\n";
    std::vector<dossier::Document> articles;
    articles.push_back(std::move(article));
    const dossier::Dossier result = pipeline.analyze(std::move(articles));
    dossier::write_json(result, std::cout);
    for (const dossier::Entity& entity : result.entities) {
      if (entity.type == dossier::EntityType::kPerson) return 0;
    }
    return 1;
  } catch (const dossier::ModelError& e) {
    std::cerr << e.what() << "\n";
    return 3;
  }
}
