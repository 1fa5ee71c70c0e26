# Regenerates the bundled monthly series into the build tree and compares it, and its list of
# rejected rows, byte for byte with the copies in examples/data/.
execute_process(COMMAND bash ${SOURCE_DIR}/tools/make-bundled-dataset.sh ${CONVERT} ${SHARED_DATA_DIR}
                        ${WORK_DIR}/un_contributions_monthly.csv ${WORK_DIR}/un_contributions_monthly.errors.txt
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "make-bundled-dataset.sh failed with status ${status}")
endif()
foreach(name un_contributions_monthly.csv un_contributions_monthly.errors.txt)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK_DIR}/${name} ${SOURCE_DIR}/examples/data/${name}
                  RESULT_VARIABLE different)
  if(different)
    message(FATAL_ERROR "${name}: regenerating from ${SHARED_DATA_DIR} gives other bytes than examples/data/${name}")
  endif()
  message(STATUS "${name}: same bytes")
endforeach()
