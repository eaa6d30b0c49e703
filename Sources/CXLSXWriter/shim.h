#include <xlsxwriter.h>
#include <zlib.h>
