// Loads each model file once and shares it, immutable, between stages and threads.
#ifndef DOSSIER_STAGE_MODELS_H_
#define DOSSIER_STAGE_MODELS_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace dossier::stage {

class Models {
 public:
  explicit Models(std::string directory) : directory_(std::move(directory)) {}

  const std::string& directory() const { return directory_; }
  // Full path of a file in the models directory.
  std::string path(std::string_view file) const { return directory_ + "/" + std::string(file); }

  // The model in `file`, loaded by load(path) on first use; load throws ModelError on failure.
  // Not thread-safe: stages are built on one thread.
  template <typename T>
  std::shared_ptr<const T> get(std::string_view file,
                               const std::function<T(const std::string& path)>& load) {
    const std::string key(file);
    if (auto it = loaded_.find(key); it != loaded_.end()) {
      return std::static_pointer_cast<const T>(it->second);
    }
    auto model = std::make_shared<const T>(load(path(file)));
    loaded_.emplace(key, model);
    return model;
  }

 private:
  std::string directory_;
  std::map<std::string, std::shared_ptr<const void>, std::less<>> loaded_;
};

}  // namespace dossier::stage

#endif  // DOSSIER_STAGE_MODELS_H_
