/*
 *  Copyright (c) 2021, The OpenThread Authors.
 *  All rights reserved.
 *
 *  Redistribution and use in source and binary forms, with or without
 *  modification, are permitted provided that the following conditions are met:
 *  1. Redistributions of source code must retain the above copyright
 *     notice, this list of conditions and the following disclaimer.
 *  2. Redistributions in binary form must reproduce the above copyright
 *     notice, this list of conditions and the following disclaimer in the
 *     documentation and/or other materials provided with the distribution.
 *  3. Neither the name of the copyright holder nor the
 *     names of its contributors may be used to endorse or promote products
 *     derived from this software without specific prior written permission.
 *
 *  THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 *  AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 *  IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 *  ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE
 *  LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 *  CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 *  SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 *  INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 *  CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 *  ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 *  POSSIBILITY OF SUCH DAMAGE.
 */

/**
 * @file
 *   This file includes helper methods to cast between const and non-const objects and/or pointers.
 */

#ifndef CONST_CAST_HPP_
#define CONST_CAST_HPP_

#include "openthread-core-config.h"

namespace ot {

/**
 * Casts a given non-const reference to a const reference.
 *
 * @tparam Type        The reference type.
 *
 * @param[in] aObject  A non-const reference to an object.
 *
 * @returns A const reference to @p aObject reference.
 */
template <typename Type> const Type &AsConst(Type &aObject) { return const_cast<const Type &>(aObject); }

/**
 * Casts a given non-const pointer to a const pointer.
 *
 * @tparam Type        The pointer type.
 *
 * @param[in] aPointer  A non-const pointer to an object.
 *
 * @returns A const pointer to @p aPointer pointer.
 */
template <typename Type> const Type *AsConst(Type *aPointer) { return const_cast<const Type *>(aPointer); }

/**
 * Casts a given const reference to a non-const reference.
 *
 * @tparam Type        The reference type.
 *
 * @param[in] aObject  A const reference to an object.
 *
 * @returns A non-const reference to @p aObject reference.
 */
template <typename Type> Type &AsNonConst(const Type &aObject) { return const_cast<Type &>(aObject); }

/**
 * Casts a given const pointer to a non-const pointer.
 *
 * @tparam Type        The pointer type.
 *
 * @param[in] aPointer  A const pointer to an object.
 *
 * @returns A non-const pointer to @p aPointer pointer.
 */
template <typename Type> Type *AsNonConst(const Type *aPointer) { return const_cast<Type *>(aPointer); }

} // namespace ot

#endif // CONST_CAST_HPP_
