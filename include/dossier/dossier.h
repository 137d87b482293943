// Everything a user of the library needs: include this one header.
#ifndef DOSSIER_DOSSIER_H_
#define DOSSIER_DOSSIER_H_

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/version.h"
#include "dossier/writers.h"

#endif  // DOSSIER_DOSSIER_H_
