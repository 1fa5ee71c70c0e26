# Consumer projects, built by CTest with the compiler of this build: through the installed
# package (find_package) and through add_subdirectory, both with -Werror.
set(pk_consumer_source ${CMAKE_CURRENT_SOURCE_DIR}/package/consumer)
set(pk_install_prefix ${CMAKE_CURRENT_BINARY_DIR}/package/install)

add_test(NAME "package: install"
         COMMAND ${CMAKE_COMMAND} --install ${CMAKE_BINARY_DIR} --prefix ${pk_install_prefix})
set_tests_properties("package: install" PROPERTIES FIXTURES_SETUP pk_installed)

add_test(NAME "package: find_package consumer"
         COMMAND ${CMAKE_CTEST_COMMAND}
           --build-and-test ${pk_consumer_source} ${CMAKE_CURRENT_BINARY_DIR}/package/find_package
           --build-generator ${CMAKE_GENERATOR}
           --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER} -DCMAKE_PREFIX_PATH=${pk_install_prefix}
                           -DPK_CONSUMER_MODE=find_package
           --test-command pk_consumer)
set_tests_properties("package: find_package consumer" PROPERTIES FIXTURES_REQUIRED pk_installed)

add_test(NAME "package: add_subdirectory consumer"
         COMMAND ${CMAKE_CTEST_COMMAND}
           --build-and-test ${pk_consumer_source} ${CMAKE_CURRENT_BINARY_DIR}/package/add_subdirectory
           --build-generator ${CMAKE_GENERATOR}
           --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER} -DPK_CONSUMER_MODE=add_subdirectory
                           -DPK_SOURCE_TREE=${PROJECT_SOURCE_DIR}
           --test-command pk_consumer)

add_test(NAME "package: FetchContent consumer"
         COMMAND ${CMAKE_CTEST_COMMAND}
           --build-and-test ${pk_consumer_source} ${CMAKE_CURRENT_BINARY_DIR}/package/fetch_content
           --build-generator ${CMAKE_GENERATOR}
           --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER} -DPK_CONSUMER_MODE=fetch_content
                           -DPK_SOURCE_TREE=${PROJECT_SOURCE_DIR}
           --test-command pk_consumer)

# The generated ISO table matches data/iso3166/all.csv (tools/generate_iso3166.py --check).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  add_test(NAME "country: iso3166_table.hpp matches data/iso3166/all.csv"
           COMMAND ${CMAKE_COMMAND} -DPYTHON=${Python3_EXECUTABLE} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/country/iso3166_table_test.cmake)
endif()

# The bundled series regenerates byte for byte from ../shared/data (needs the PDF component).
if(PK_HAS_PDF AND PK_BUILD_EXAMPLES AND EXISTS "${PK_SHARED_DATA_DIR}/un_dpo_monthly_pdf")
  add_test(NAME "bundled dataset: regenerates byte for byte"
           COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSHARED_DATA_DIR=${PK_SHARED_DATA_DIR}
                   -DCONVERT=$<TARGET_FILE:pk-convert> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/bundled_dataset_test.cmake)
else()
  message(STATUS "peacekeeping: the bundled-dataset regeneration test needs the PDF component and ${PK_SHARED_DATA_DIR}")
endif()

# pk-report end to end (tests/report/pk_report_test.sh says where each expected figure comes from).
if(PK_BUILD_EXAMPLES)
  add_test(NAME "pk-report: outputs, figures and exit statuses"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/report/pk_report_test.sh $<TARGET_FILE:pk-report>
                   ${PROJECT_SOURCE_DIR} ${PK_SHARED_DATA_DIR})
endif()
