# Test: include/peacekeeping/country/iso3166_table.hpp is what tools/generate_iso3166.py makes
# of data/iso3166/all.csv, i.e. nobody edited the generated header or forgot to regenerate it.
# Run: cmake -DPYTHON=<python3> -DSOURCE_DIR=<checkout> -P tests/country/iso3166_table_test.cmake
if(NOT DEFINED PYTHON)
  set(PYTHON python3)
endif()
if(NOT DEFINED SOURCE_DIR)
  get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
execute_process(
  COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/generate_iso3166.py" --check
          --csv "${SOURCE_DIR}/data/iso3166/all.csv"
          --header "${SOURCE_DIR}/include/peacekeeping/country/iso3166_table.hpp"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "iso3166_table.hpp does not match data/iso3166/all.csv (exit ${result})")
endif()
